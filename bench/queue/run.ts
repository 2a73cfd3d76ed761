// Review-queue benchmark: full review cycles per second over HTTP against raw BullMQ, in the same run.
// Run: npm run bench:queue   (needs PostgreSQL and Redis as for the tests; creates and drops its own database)
//
// One cycle over HTTP: POST /api/queue/next (lease) → GET /api/claims/:id (read the claim) →
// POST /api/claims/:id/verdicts with submit: true (verdict submitted, lease closed). Baseline: the same number of
// concurrent loops doing add → getNextJob → moveToCompleted on raw BullMQ, no HTTP, no database.
//
// The API runs as it is deployed: apps/api/src/main.ts in its own process. This process only
// drives it (one keep-alive connection per reviewer, as each reviewer's browser would hold),
// seeds claims and runs the baselines. BENCH_API_NODE_OPTIONS is passed to the API's process as NODE_OPTIONS (for a profiler, say).
// The database starts with BENCH_HISTORY reviewed claims and their leases, verdicts, evidence, conflicts and audit
// records, so lookups that grow with the past show up. Where /proc exists, the CPU time each process used while the
// factdesk cycles ran is printed too: the machine's cores are shared by the API, PostgreSQL, Redis and this process.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { UsersService } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { seedReviewedHistory } from '../../test/support/history-fixtures';
import { seedReadyClaims } from '../../test/support/queue-fixtures';
import { TEST_REDIS_URL } from '../../test/support/test-database';
import { deploy } from '../deployment';
import { fmt, median, percentile } from '../support';

const REVIEWER_COUNTS = [20, 100];
const CYCLES = Number(process.env.BENCH_CYCLES ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Reviewed claims already in the database before the first cycle: a desk's past, not an empty database. */
const HISTORY = Number(process.env.BENCH_HISTORY ?? 20_000);

interface RunResult {
  cyclesPerSecond: number;
  leaseLatenciesMs: number[];
  doubleAssignments: number;
  /** CPU milliseconds per cycle by owner (factdesk runs, where /proc exists). */
  cpuMsPerCycle?: Map<CpuOwner, number>;
}

async function rawBullmq(prefix: string, reviewers: number, cycles: number): Promise<RunResult> {
  const name = `raw-${randomUUID()}`;
  const connection = { url: TEST_REDIS_URL, maxRetriesPerRequest: null };
  const queue = new Queue(name, { connection, prefix });
  const worker = new Worker(name, null, { connection, prefix, autorun: false });
  await queue.waitUntilReady();
  await worker.waitUntilReady();
  let remaining = cycles;
  const taken = new Set<string>();
  let doubles = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: reviewers }, async (_, loop) => {
      const token = `reviewer-${loop}`;
      while (remaining > 0) {
        remaining -= 1;
        await queue.add('claim', { claimId: randomUUID() }, { priority: 1 + Math.floor(Math.random() * 1000) });
        const leaseStarted = performance.now();
        const job = await worker.getNextJob(token, { block: false });
        latencies.push(performance.now() - leaseStarted);
        if (!job) continue;
        if (taken.has(job.id!)) doubles += 1;
        taken.add(job.id!);
        await job.moveToCompleted('done', token, false);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return { cyclesPerSecond: taken.size / seconds, leaseLatenciesMs: latencies, doubleAssignments: doubles };
}

/** The load generator's one way to send a request: node:http on a keep-alive agent (cheaper per request than fetch). */
function send(
  agent: Agent,
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method, agent, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The floor any HTTP API pays on this machine: the same three requests per cycle, with
 * the same client, answered by a bare Node server with no framework, database or Redis.
 */
async function bareHttp(reviewers: number, cycles: number): Promise<number> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end('{"claim":{"id":"00000000-0000-4000-8000-000000000000"}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new Agent({ keepAlive: true });
  let remaining = cycles;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: reviewers }, async () => {
      while (remaining > 0) {
        remaining -= 1;
        for (const [method, path] of [
          ['POST', '/api/queue/next'],
          ['GET', '/api/claims/x'],
          ['POST', '/api/claims/x/verdicts'],
        ] as const) {
          await send(agent, `${base}${path}`, method, { 'content-type': 'application/json' }, method === 'POST' ? '{}' : undefined);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  return cycles / seconds;
}

/** The processes that share the machine during a run, as /proc names them. */
type CpuOwner = 'API' | 'PostgreSQL' | 'Redis' | 'load generator';

/** CPU seconds each process of interest has used so far, by pid, or null where there is no /proc. */
function cpuSeconds(apiPid: number): Map<number, { owner: CpuOwner; seconds: number }> | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux architecture Node supports
  const used = new Map<number, { owner: CpuOwner; seconds: number }>();
  for (const pid of pids.map(Number)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const owner: CpuOwner | null =
      pid === apiPid
        ? 'API'
        : pid === process.pid
          ? 'load generator'
          : name.startsWith('postgres')
            ? 'PostgreSQL'
            : name.startsWith('redis-server')
              ? 'Redis'
              : null;
    if (!owner) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    used.set(pid, { owner, seconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond });
  }
  return used;
}

/** CPU seconds by owner between two readings: per process, so one that exits meanwhile takes nothing away. */
function cpuBetween(before: ReturnType<typeof cpuSeconds>, after: ReturnType<typeof cpuSeconds>): Map<CpuOwner, number> | undefined {
  if (!before || !after) return undefined;
  const used = new Map<CpuOwner, number>();
  for (const [pid, { owner, seconds }] of after) used.set(owner, (used.get(owner) ?? 0) + seconds - (before.get(pid)?.seconds ?? 0));
  return used;
}

async function overHttp(
  api: { baseUrl: string; pid: number },
  keys: string[],
  app: INestApplicationContext,
  cycles: number,
): Promise<RunResult> {
  // Articles of 25 claims, about the size of a wire report (the fixture has 23 sentences).
  await seedReadyClaims(app, cycles, { perArticle: 25 });
  // Fresh statistics, as autovacuum gives a live system within a minute of a burst of new claims.
  await app.get(DataSource).query('ANALYZE claims');
  const agent = new Agent({ keepAlive: true });
  const leasedBy = new Map<string, number>();
  let doubles = 0;
  let completed = 0;
  const latencies: number[] = [];
  const stepMs = new Map<string, number[]>();
  const call = async (key: string, method: string, path: string, body?: object) => {
    const stepStarted = performance.now();
    const step = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`;
    const response = await send(
      agent,
      `${api.baseUrl}${path}`,
      method,
      { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body ? JSON.stringify(body) : undefined,
    );
    const text = response.text;
    const times = stepMs.get(step) ?? [];
    times.push(performance.now() - stepStarted);
    stepMs.set(step, times);
    if (response.status === 204) return null;
    if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return JSON.parse(text) as Record<string, any>;
  };
  const cpuBefore = cpuSeconds(api.pid);
  const started = performance.now();
  await Promise.all(
    keys.map(async (key, reviewer) => {
      for (;;) {
        const leaseStarted = performance.now();
        const leased = await call(key, 'POST', '/api/queue/next');
        latencies.push(performance.now() - leaseStarted);
        if (!leased) return;
        const claimId = leased.claim.id as string;
        if (leasedBy.has(claimId)) doubles += 1;
        leasedBy.set(claimId, reviewer);
        await call(key, 'GET', `/api/claims/${claimId}`);
        await call(key, 'POST', `/api/claims/${claimId}/verdicts`, { rating: 'true', rationale: 'Matches the record.', submit: true });
        completed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuSeconds(api.pid);
  agent.destroy();
  if (process.env.BENCH_STEPS) {
    for (const [step, times] of stepMs) console.log(`  ${step}: mean ${fmt(times.reduce((a, b) => a + b, 0) / times.length, 1)} ms`);
  }
  if (completed !== cycles) throw new Error(`expected ${cycles} completed cycles, saw ${completed}`);
  // The database's view: no claim may ever have had two leases open at the same time.
  const [{ overlaps }] = (await app.get(DataSource).query(
    `SELECT count(*)::int AS overlaps FROM claim_leases a JOIN claim_leases b
       ON a.claim_id = b.claim_id AND a.id < b.id
      AND a.acquired_at < coalesce(b.ended_at, 'infinity') AND b.acquired_at < coalesce(a.ended_at, 'infinity')`,
  )) as Array<{ overlaps: number }>;
  const cpu = cpuBetween(cpuBefore, cpuAfter);
  const cpuMsPerCycle = cpu && new Map([...cpu].map(([owner, seconds]) => [owner, (seconds * 1000) / completed]));
  return { cyclesPerSecond: completed / seconds, leaseLatenciesMs: latencies, doubleAssignments: doubles + overlaps, cpuMsPerCycle };
}

async function main(): Promise<void> {
  const { settings, app, api, close } = await deploy();
  const users = app.get(UsersService);
  const keys: string[] = [];
  for (let i = 0; i < Math.max(...REVIEWER_COUNTS); i += 1)
    keys.push((await users.createUser({ name: `bench-${i}`, role: Role.Reviewer }, null)).apiKey);

  try {
    if (HISTORY > 0) await seedReviewedHistory(app, HISTORY);
    console.log(
      `review cycles: ${CYCLES} per run, median of ${ROUNDS} interleaved rounds; API in its own process, LOG_LEVEL=warn; ` +
        `history: ${fmt(HISTORY)} reviewed claims`,
    );
    await overHttp(api, keys.slice(0, 20), app, 200); // warm up the JIT and the pools
    for (const reviewers of REVIEWER_COUNTS) {
      const http: RunResult[] = [];
      const raw: RunResult[] = [];
      const floor: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        raw.push(await rawBullmq(settings.QUEUE_PREFIX!, reviewers, CYCLES));
        floor.push(await bareHttp(reviewers, CYCLES));
        http.push(await overHttp(api, keys.slice(0, reviewers), app, CYCLES));
      }
      const httpRate = median(http.map((run) => run.cyclesPerSecond));
      const rawRate = median(raw.map((run) => run.cyclesPerSecond));
      const leases = http.flatMap((run) => run.leaseLatenciesMs).sort((a, b) => a - b);
      const rawLeases = raw.flatMap((run) => run.leaseLatenciesMs).sort((a, b) => a - b);
      const doubles = http.reduce((sum, run) => sum + run.doubleAssignments, 0) + raw.reduce((sum, run) => sum + run.doubleAssignments, 0);
      console.log(
        `${String(reviewers).padStart(3)} reviewers: factdesk ${fmt(httpRate)} cycles/s | raw BullMQ ${fmt(rawRate)} cycles/s | ` +
          `ratio ${fmt((100 * httpRate) / rawRate, 1)}% (aim: at least 35%) | lease p50 ${fmt(percentile(leases, 50), 1)} ms, ` +
          `p99 ${fmt(percentile(leases, 99), 1)} ms (aim at 100: under 50 ms) | raw getNextJob p50 ${fmt(percentile(rawLeases, 50), 2)} ms, ` +
          `p99 ${fmt(percentile(rawLeases, 99), 2)} ms | double assignments: ${doubles}`,
      );
      console.log(
        `${' '.repeat(15)}bare Node HTTP, same 3 requests: ${fmt(median(floor))} cycles/s (${fmt((100 * median(floor)) / rawRate, 1)}% of raw BullMQ; ` +
          `factdesk reaches ${fmt((100 * httpRate) / median(floor), 1)}% of this floor)`,
      );
      const cpu = http.map((run) => run.cpuMsPerCycle).filter((split) => split !== undefined);
      if (cpu.length > 0) {
        const owners: CpuOwner[] = ['API', 'PostgreSQL', 'Redis', 'load generator'];
        const perCycle = owners.map((owner) => [owner, median(cpu.map((split) => split.get(owner) ?? 0))] as const);
        const total = perCycle.reduce((sum, [, ms]) => sum + ms, 0);
        console.log(
          `${' '.repeat(15)}CPU per factdesk cycle: ${perCycle.map(([owner, ms]) => `${owner} ${fmt(ms, 2)} ms`).join(', ')}; ` +
            `together ${fmt(total, 2)} ms, so ${availableParallelism()} cores allow at most ${fmt((1000 * availableParallelism()) / total)} cycles/s`,
        );
      }
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
