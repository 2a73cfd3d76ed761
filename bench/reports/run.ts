// Reports benchmark: verdict rows per second exported through the API as CSV and NDJSON, against
// PostgreSQL's own COPY (SELECT …) TO STDOUT of the same query, in the same run; and the API's peak memory.
// Run: npm run bench:reports   (needs PostgreSQL, Redis and psql as for the tests; creates and drops its own database)
//
// Seeds BENCH_ROWS (default 1,000,000) published verdicts in SQL (generate_series): articles of 25 claims, each
// claim with a speaker, a normalised source, a published verdict (inserted in its final state: the verdicts
// trigger refuses most UPDATEs) and its approval. The API runs as deployed (apps/api/src/main.ts in its own
// process); this process downloads GET /api/reports/verdicts?format=csv|ndjson, counting bytes and lines, while
// it polls the API's /proc/<pid>/status (VmHWM: the process's peak resident memory). The baseline is the
// report's own SQL (reportRowsQuery) wrapped in COPY … TO STDOUT (FORMAT csv), read by psql into this process.
// BENCH_ROUNDS (default 1) interleaved rounds; the median of each is printed.
// BENCH_DATABASE=<name> keeps the seeded database for the next run (seeding a million rows takes minutes): a run
// reuses it when it holds exactly BENCH_ROWS verdicts, and otherwise drops it, seeds it afresh and keeps it.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { plainToInstance } from 'class-transformer';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { UsersService } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { ReportFiltersDto, reportRowsQuery } from '@factdesk/reports';
import { databaseExists, databaseUrl, dropDatabase } from '../../test/support/test-database';
import { API_HEAP_LIMIT, deploy } from '../deployment';
import { fmt, median } from '../support';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const CLAIMS_PER_ARTICLE = 25;
const KEEP_DATABASE = process.env.BENCH_DATABASE || undefined;

interface Download {
  rows: number;
  bytes: number;
  seconds: number;
}

/** A memory figure of the API's process from /proc/<pid>/status (VmHWM: peak resident so far; VmRSS: resident now), in MB; null without /proc. */
function memoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs `work` while sampling the API's resident memory every 100 ms; returns its result and the highest sample. */
async function sampled<T>(pid: number, work: () => Promise<T>): Promise<[T, number | null]> {
  let highest: number | null = memoryMb(pid, 'VmRSS');
  const timer = setInterval(() => {
    const now = memoryMb(pid, 'VmRSS');
    if (now !== null && (highest === null || now > highest)) highest = now;
  }, 100);
  try {
    return [await work(), highest];
  } finally {
    clearInterval(timer);
  }
}

/** Published verdicts in their final state, in bulk: articles, claims, verdicts and their approval, all in SQL. */
async function seed(dataSource: DataSource, authorId: string, approverId: string): Promise<void> {
  const articles = Math.ceil(ROWS / CLAIMS_PER_ARTICLE);
  await dataSource.query(
    `INSERT INTO sources (slug, name, kind) SELECT 'bench-source-' || g, 'Bench Source ' || g, 'government' FROM generate_series(1, 50) g`,
  );
  await dataSource.query(
    `INSERT INTO articles (title, body, content_hash, status, desk, url, publisher, created_at)
     SELECT 'Bench article ' || g, 'Officials said the convoys crossed.', 'bench-' || g, 'extracted',
            (ARRAY['world', 'politics', 'economy'])[1 + g % 3], 'https://news.example/a/' || g, 'Example Times',
            now() - interval '1 minute' * ($1::int - g)
       FROM generate_series(1, $1::int) g`,
    [articles],
  );
  await dataSource.query(
    `INSERT INTO claims (article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state, desk,
                         attribution, source_id, created_at, queued_at)
     SELECT a.id, k, 'Officials said ' || (n * 25 + k) || ' convoys crossed the border, "a record", on day ' || k || '.',
            k * 80, k * 80 + 79, k, 0.8, true, 'reviewed', a.desk,
            jsonb_build_object('speaker', 'Speaker ' || ((n * 25 + k) % 997), 'role', 'spokesperson', 'organisation', 'Ministry ' || (k % 7)),
            (SELECT id FROM sources WHERE slug = 'bench-source-' || (1 + (n * 25 + k) % 50)),
            a.created_at + interval '1 second' * k, a.created_at + interval '1 second' * k
       FROM (SELECT id, desk, created_at, substring(content_hash FROM 7)::int - 1 AS n FROM articles WHERE content_hash LIKE 'bench-%') a
      CROSS JOIN generate_series(0, ${CLAIMS_PER_ARTICLE - 1}) k
      WHERE n * 25 + k < $1`,
    [ROWS],
  );
  await dataSource.query(
    `INSERT INTO verdicts (claim_id, version, author_id, rating, rationale, state, needs_second_review, created_at, submitted_at, published_at)
     SELECT c.id, 1, $1, (ARRAY['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading'])[1 + c.sentence_index % 6]::verdict_rating,
            'The ministry''s own figures, published the next day, say otherwise; see the evidence.', 'published', false,
            c.created_at + interval '1 hour', c.created_at + interval '1 hour', c.created_at + interval '2 hours'
       FROM claims c`,
    [authorId],
  );
  await dataSource.query(
    `INSERT INTO verdict_transitions (verdict_id, from_state, to_state, actor_id, at)
     SELECT v.id, 'submitted', 'approved', $1, v.submitted_at + interval '30 minutes' FROM verdicts v`,
    [approverId],
  );
  await dataSource.query('VACUUM ANALYZE');
}

/** Downloads a report, counting its bytes and lines (NDJSON: one line per row). */
function download(url: string, key: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(url, { headers: { authorization: `Bearer ${key}` } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`${url}: ${res.statusCode}`));
        return;
      }
      let bytes = 0;
      let lines = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      });
      res.on('end', () => resolve({ rows: lines, bytes, seconds: (performance.now() - started) / 1000 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** PostgreSQL's own export of the same query: COPY … TO STDOUT (FORMAT csv, HEADER), read by psql into this process. */
function copy(url: string, sql: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const psql = spawn('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let bytes = 0;
    psql.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    psql.on('error', reject);
    psql.on('exit', (code) =>
      code === 0 ? resolve({ rows: ROWS, bytes, seconds: (performance.now() - started) / 1000 }) : reject(new Error(`psql exited ${code}`)),
    );
  });
}

/** How many verdicts a kept database holds (null: none, or not migrated). */
async function keptRows(database: string): Promise<number | null> {
  if (!(await databaseExists(database))) return null;
  const client = new Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM verdicts');
    return rows[0]!.count;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const reuse = KEEP_DATABASE !== undefined && (await keptRows(KEEP_DATABASE)) === ROWS;
  if (KEEP_DATABASE !== undefined && !reuse) await dropDatabase(KEEP_DATABASE);
  const { settings, app, api, close } = await deploy(KEEP_DATABASE);
  try {
    const users = app.get(UsersService);
    const { apiKey: key } = await users.createUser({ name: 'bench-lead', role: Role.Lead }, null);
    if (reuse) {
      console.log(`reused the ${fmt(ROWS)} published verdicts kept in ${KEEP_DATABASE}`);
    } else {
      const { user: author } = await users.createUser({ name: 'bench-author', role: Role.Reviewer }, null);
      const { user: approver } = await users.createUser({ name: 'bench-approver', role: Role.Reviewer }, null);
      const seeding = performance.now();
      await seed(app.get(DataSource), author.id, approver.id);
      console.log(`seeded ${fmt(ROWS)} published verdicts in ${fmt((performance.now() - seeding) / 1000, 1)} s`);
    }
    await app.close(); // from here on, only the API process and psql touch the database

    const { sql } = reportRowsQuery(plainToInstance(ReportFiltersDto, { format: 'csv' }));
    await download(`${api.baseUrl}/api/reports/verdicts?format=csv&desk=politics&to=2000-01-01T00:00:00Z`, key); // warm up the route
    const startMb = memoryMb(api.pid, 'VmHWM');
    // Resident memory just before each download and the highest sampled during it: VmHWM alone also counts start-up.
    const rss: Record<'csv' | 'ndjson', { before: number[]; during: number[] }> = {
      csv: { before: [], during: [] },
      ndjson: { before: [], during: [] },
    };
    const runs: Record<'copy' | 'csv' | 'ndjson', Download[]> = { copy: [], csv: [], ndjson: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      runs.copy.push(await copy(settings.DATABASE_URL, sql));
      for (const format of ['csv', 'ndjson'] as const) {
        const before = memoryMb(api.pid, 'VmRSS');
        if (before !== null) rss[format].before.push(before);
        const [run, highest] = await sampled(api.pid, () => download(`${api.baseUrl}/api/reports/verdicts?format=${format}`, key));
        runs[format].push(run);
        if (highest !== null) rss[format].during.push(highest);
      }
      if (runs.ndjson.at(-1)!.rows !== ROWS) throw new Error(`NDJSON had ${runs.ndjson.at(-1)!.rows} lines for ${ROWS} rows`);
    }
    const rate = (name: keyof typeof runs) => median(runs[name].map((run) => ROWS / run.seconds));
    const size = (name: keyof typeof runs) => `${fmt(median(runs[name].map((run) => run.bytes)) / 1024 / 1024, 0)} MB`;
    const peakMb = memoryMb(api.pid, 'VmHWM');
    console.log(
      `reports: ${fmt(ROWS)} verdict rows, median of ${ROUNDS} interleaved round(s); API in its own process (${process.env.BENCH_API === 'dist' ? 'the build' : 'the sources'}, ${API_HEAP_LIMIT}), LOG_LEVEL=warn`,
    );
    console.log(`  COPY (report SQL) TO STDOUT csv: ${fmt(rate('copy'))} rows/s (${size('copy')})`);
    console.log(
      `  GET /api/reports/verdicts csv:    ${fmt(rate('csv'))} rows/s (${size('csv')}) | ${fmt((100 * rate('csv')) / rate('copy'), 1)}% of COPY (aim: at least 35%)`,
    );
    console.log(
      `  GET /api/reports/verdicts ndjson: ${fmt(rate('ndjson'))} rows/s (${size('ndjson')}) | ${fmt((100 * rate('ndjson')) / rate('copy'), 1)}% of COPY`,
    );
    const resident = (format: keyof typeof rss) =>
      rss[format].during.length ? `${fmt(Math.max(...rss[format].before))} → ${fmt(Math.max(...rss[format].during))} MB` : 'n/a';
    console.log(
      `  API peak memory (VmHWM): ${peakMb === null ? 'n/a (no /proc)' : `${fmt(peakMb)} MB`} (aim: under 300 MB; ${startMb === null ? '' : `${fmt(startMb)} MB before the exports`}; resident before → highest during csv ${resident('csv')}, ndjson ${resident('ndjson')})`,
    );
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
