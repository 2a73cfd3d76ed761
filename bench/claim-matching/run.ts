// Claim-matching benchmark: the lookup production runs (ArticleExtractionService →
// findMatchCandidates + rankCandidates: one statement probing each band key in
// claim_band_keys and fetching the candidates' signatures by seq, ranked with the engine's
// similarity) against PostgreSQL databases holding 10k and 1M signed claims.
//   npm run bench:matching -- [--sizes 10000,1000000] [--queries 1000] [--cap 20] [--story-cap 5] [--fresh] [--prefix NAME]
// Each size has its own database (factdesk_bench_matching_<size>, or NAME_<size> with --prefix,
// so that branches benchmarked side by side on one server keep their own seeds), seeded once with COPY
// and kept for the next run (the seed is checked against SIGNATURE_VERSION and the
// synonym list); --fresh seeds again. Drop them with --drop.
import { spawn } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../libs/database/src/migrations';
import { ENTITIES } from '../../libs/database/src/entities';
import {
  type AskingClaim,
  bucketCap,
  CANDIDATES_PER_BAND,
  CANDIDATES_PER_STORY_KEY,
  findMatchCandidates,
  LEFT_OUT_COUNTED_PER_BAND,
  preparedRunner,
  type MatchCandidate,
  type MatchCandidates,
  rankCandidates,
  type RunQuery,
} from '../../libs/articles/src/claim-match-store';
import { figureRangesLiteral } from '../../libs/articles/src/figure-ranges';
import { figuresConflict } from '../../libs/extraction/src/matching/figures';
import {
  claimSimilarity,
  FIRST_STORY_BAND_KEY,
  LSH_BANDS,
  LSH_ROWS,
  MATCH_SUGGEST_THRESHOLD,
  rankedClaimToBytes,
  SIGNATURE_VERSION,
  signArticleClaims,
  signatureBandKeys,
  type ClaimSignature,
} from '../../libs/extraction/src/matching';
import { createDatabase, databaseUrl, dropDatabase, withAdminClient } from '../../test/support/test-database';
import { SyntheticClaims } from './synthetic-claims';

const STORED_SEED = 20161213;
const UNRELATED_SEED = 777;
const CLAIMS_PER_ARTICLE = 25;
/** What the seed depends on besides its size: signatures change with either. */
const SEED_VERSION = `${SIGNATURE_VERSION}:${createHash('sha256')
  .update(readFileSync(resolve(__dirname, '../../libs/extraction/src/matching/wordnet-synonyms.json')))
  .digest('hex')
  .slice(0, 12)}`;

interface Options {
  sizes: number[];
  queries: number;
  fresh: boolean;
  drop: boolean;
  /** Claims taken per band key (production's CANDIDATES_PER_BAND unless --cap says otherwise). */
  cap: number;
  /** Claims taken per story key, at most `cap` (production's CANDIDATES_PER_STORY_KEY unless --story-cap says otherwise). */
  storyCap: number;
  /** The seed databases' names before their size. */
  prefix: string;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? '10000,1000000').split(',').map(Number),
    queries: Number(value('--queries') ?? 1000),
    cap: Number(value('--cap') ?? CANDIDATES_PER_BAND),
    storyCap: Number(value('--story-cap') ?? CANDIDATES_PER_STORY_KEY),
    fresh: argv.includes('--fresh'),
    drop: argv.includes('--drop'),
    prefix: value('--prefix') ?? 'factdesk_bench_matching',
  };
}

interface Stats {
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length),
    p50: at(0.5),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

const databaseName = (prefix: string, size: number): string => `${prefix}_${size}`;
const uuidOf = (kind: number, n: number): string => `00000000-0000-4000-${8000 + kind}-${n.toString(16).padStart(12, '0')}`;
const claimId = (k: number): string => uuidOf(1, k);
const articleId = (k: number): string => uuidOf(2, Math.floor(k / CLAIMS_PER_ARTICLE));

async function databaseExists(name: string): Promise<boolean> {
  return withAdminClient(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

async function connect(name: string, migrate = true): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(name),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    logging: false,
  });
  await dataSource.initialize();
  if (migrate) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** psql's \copy of a file into `table (columns)`: the fastest way in, and no driver of its own. */
async function copyFile(name: string, table: string, columns: string, file: string): Promise<void> {
  const psql = spawn(
    'psql',
    [databaseUrl(name), '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${table} (${columns}) FROM '${file}'`],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const [code] = (await once(psql, 'exit')) as [number];
  if (code !== 0) throw new Error(`psql \\copy into ${table} exited with ${code}`);
}

async function write(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

/**
 * Seeds `size` claims: their articles in SQL, then the claims, their signatures and band
 * keys computed here (as the worker computes them) and loaded with COPY; the band keys'
 * primary key is built after the load (one sort instead of 32 million inserts into a btree).
 */
async function seed(name: string, size: number): Promise<DataSource> {
  await createDatabase(name);
  const dataSource = await connect(name);
  const started = performance.now();
  await dataSource.query(
    `INSERT INTO articles (id, title, body, content_hash, status, desk)
     SELECT ('00000000-0000-4000-8002-' || lpad(to_hex(g), 12, '0'))::uuid, 'Bench article ' || g, 'Bench article body.',
            'bench-' || g, 'extracted', 'world'
       FROM generate_series(0, $1::int - 1) g`,
    [Math.ceil(size / CLAIMS_PER_ARTICLE)],
  );
  const dir = join(tmpdir(), `factdesk-bench-matching-${process.pid}`);
  const files = { claims: join(dir, 'claims.tsv'), signatures: join(dir, 'signatures.tsv'), keys: join(dir, 'keys.tsv') };
  rmSync(dir, { recursive: true, force: true });
  (await import('node:fs')).mkdirSync(dir, { recursive: true });
  const streams = {
    claims: createWriteStream(files.claims),
    signatures: createWriteStream(files.signatures),
    keys: createWriteStream(files.keys),
  };
  // The figures' ranges where the schema has them (a branch without them benchmarks with this file too).
  const [{ ranges: withRanges }] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'claim_signatures' AND column_name = 'figure_ranges') AS ranges`,
  );
  const stored = new SyntheticClaims(STORED_SEED);
  let signing = 0;
  let article: ClaimSignature[] = [];
  for (let k = 0; k < size; k++) {
    const text = stored.claimText(k, 0);
    if (k % CLAIMS_PER_ARTICLE === 0) {
      const before = performance.now();
      article = articleSignatures(stored, k / CLAIMS_PER_ARTICLE, 0, size);
      signing += performance.now() - before;
    }
    const signature = article[k % CLAIMS_PER_ARTICLE] as ClaimSignature;
    const seq = k + 1;
    const clean = text.replace(/[\t\n\\]/g, ' ');
    await write(
      streams.claims,
      `${claimId(k)}\t${articleId(k)}\t${k % CLAIMS_PER_ARTICLE}\t${clean}\t${(k % CLAIMS_PER_ARTICLE) * 1000}\t${(k % CLAIMS_PER_ARTICLE) * 1000 + text.length}\t0\t0.8\tt\treviewed\tworld\n`,
    );
    const packed = Buffer.from(rankedClaimToBytes(signature)).toString('hex');
    const ranges = withRanges ? `\t${figureRangesLiteral(signature.figures) ?? '\\N'}` : '';
    await write(streams.signatures, `${claimId(k)}\t${seq}\t${articleId(k)}\t${SIGNATURE_VERSION}\t\\\\x${packed}${ranges}\n`);
    await write(
      streams.keys,
      signatureBandKeys(signature)
        .map((key) => `${key}\t${seq}\n`)
        .join(''),
    );
    if (size >= 100_000 && k > 0 && k % 200_000 === 0) process.stderr.write(`  … ${k.toLocaleString('en-US')} claims signed\n`);
  }
  await Promise.all(Object.values(streams).map((stream) => new Promise((done) => stream.end(done))));
  process.stderr.write(`  signed ${size.toLocaleString('en-US')} claims (${((signing * 1000) / size).toFixed(0)} µs each); loading …\n`);
  await copyFile(
    name,
    'claims',
    'id, article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state, desk',
    files.claims,
  );
  await copyFile(
    name,
    'claim_signatures',
    `claim_id, seq, article_id, version, packed${withRanges ? ', figure_ranges' : ''}`,
    files.signatures,
  );
  await dataSource.query(`SELECT setval(pg_get_serial_sequence('claim_signatures', 'seq'), $1::bigint)`, [size]);
  await dataSource.query(`ALTER TABLE claim_band_keys DROP CONSTRAINT pk_claim_band_keys`);
  await copyFile(name, 'claim_band_keys', 'band_key, seq', files.keys);
  await dataSource.query(`SET maintenance_work_mem = '512MB'`);
  await dataSource.query(`ALTER TABLE claim_band_keys ADD CONSTRAINT pk_claim_band_keys PRIMARY KEY (band_key, seq)`);
  await dataSource.query(`VACUUM ANALYZE claim_band_keys`);
  await dataSource.query(`VACUUM ANALYZE claim_signatures`);
  await dataSource.query(`CREATE TABLE bench_matching_seed (claims int NOT NULL, version text NOT NULL)`);
  await dataSource.query(`INSERT INTO bench_matching_seed VALUES ($1, $2)`, [size, SEED_VERSION]);
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`  seeded in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return dataSource;
}

/** The size's database, seeded now unless an earlier run left one of this size and seed version. */
async function database(size: number, { fresh, prefix }: Options): Promise<{ dataSource: DataSource; reused: boolean }> {
  const name = databaseName(prefix, size);
  if (!fresh && (await databaseExists(name))) {
    // The seed is checked before migrating: a signature version's migration would otherwise
    // delete tens of millions of stale rows of a database about to be dropped anyway.
    const dataSource = await connect(name, false);
    const [row] = await dataSource
      .query(`SELECT claims, version FROM bench_matching_seed`)
      .catch(() => [] as Array<{ claims: number; version: string }>);
    if (row && row.claims === size && row.version === SEED_VERSION) {
      await dataSource.runMigrations({ transaction: 'each' });
      return { dataSource, reused: true };
    }
    await dataSource.destroy();
  }
  if (await databaseExists(name)) await dropDatabase(name);
  process.stderr.write(`seeding ${size.toLocaleString('en-US')} claims into ${name} …\n`);
  return { dataSource: await seed(name, size), reused: false };
}

/**
 * CPU milliseconds used so far by each PostgreSQL backend connected to this database (the
 * benchmark's pool), from /proc; null where there is no /proc or PostgreSQL runs elsewhere.
 */
async function backendCpu(dataSource: DataSource): Promise<Map<number, number> | null> {
  const rows: Array<{ pid: number }> = await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const used = new Map<number, number>();
  for (const { pid } of rows) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return null;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100); // USER_HZ ticks: 100 a second
  }
  return used;
}

interface Query {
  signature: ClaimSignature;
  /** The stored claim this rewords (its number k), or null for an unrelated claim. */
  original: number | null;
}

/**
 * The signatures of synthetic article `article` (claims article × CLAIMS_PER_ARTICLE on, below
 * `size`), worded `variant`, signed together as the worker signs an article (with its story).
 */
function articleSignatures(claims: SyntheticClaims, article: number, variant: number, size: number): ClaimSignature[] {
  const first = article * CLAIMS_PER_ARTICLE;
  const texts: string[] = [];
  for (let k = first; k < Math.min(size, first + CLAIMS_PER_ARTICLE); k++) texts.push(claims.claimText(k, variant));
  return signArticleClaims(texts);
}

/** Stored claim k's signature, as the seed signed it. */
function storedSignature(stored: SyntheticClaims, k: number, size: number): ClaimSignature {
  return articleSignatures(stored, Math.floor(k / CLAIMS_PER_ARTICLE), 0, size)[k % CLAIMS_PER_ARTICLE] as ClaimSignature;
}

/**
 * Rewordings of stored claims (chosen by a seeded stride), each signed in its article reworded
 * whole, and claims never stored (in articles never stored), alternating.
 */
function makeQueries(size: number, count: number): Query[] {
  const stored = new SyntheticClaims(STORED_SEED);
  const unrelated = new SyntheticClaims(UNRELATED_SEED);
  return Array.from({ length: count }, (_, q) => {
    if (q % 2 === 1) {
      const signatures = articleSignatures(unrelated, Math.floor(q / CLAIMS_PER_ARTICLE), 0, Infinity);
      return { signature: signatures[q % CLAIMS_PER_ARTICLE] as ClaimSignature, original: null };
    }
    const k = (q * 7919 + 13) % size;
    const signatures = articleSignatures(stored, Math.floor(k / CLAIMS_PER_ARTICLE), 1, size);
    return { signature: signatures[k % CLAIMS_PER_ARTICLE] as ClaimSignature, original: k };
  });
}

interface SizeResult {
  size: number;
  reused: boolean;
  lookup: Stats;
  roundTrip: Stats;
  candidates: Stats;
  cappedLookups: number;
  leftOut: number;
  /** Lookups whose leftOut is a lower bound (a bucket had LEFT_OUT_COUNTED_PER_BAND entries or more left out). */
  leftOutBounded: number;
  recall: number;
  /** Rewordings whose original shares a band key with them and scores above the threshold: what an unbounded lookup would find. */
  recallWithoutCap: number;
  /** Of those, originals the per-band cap left out: true matches lost to the cap. */
  trueMatchesLeftOut: number;
  /** PostgreSQL's own execution time of the lookup's statement (EXPLAIN ANALYZE), without the round trip or the client. */
  server: Stats;
  /** The benchmark process's CPU time per lookup (driver, parsing, ranking): what the client costs, whatever the wait. */
  clientCpu: number;
  /** CPU time of the PostgreSQL backends serving the lookups (and their `SELECT 1`), per lookup, from /proc; null without it. */
  serverCpu: number | null;
  /** Shared buffers the statement's execution touched (EXPLAIN's BUFFERS, hit + read): its work, whatever the load. */
  buffers: Stats;
  /** Of those, the ones not in shared_buffers (EXPLAIN's read=): each a copy from the OS cache or the disk, what the lookup's work costs most under load. */
  buffersRead: number;
  /** Statements (round trips) per lookup. */
  statements: number;
  plan: string;
  /** How the candidates' signatures are fetched by seq. */
  fetchPlan: string;
  tableMB: number;
  article: ArticleLookups;
  /** What every lookup answered (see answerDigest): equal digests, equal answers, whatever the storage or the plan. */
  digest: string;
  /** Every candidate the lookups were sent, with its keys (what `digest` held before the figure filter). */
  sentDigest: string;
  /** Candidates sent per lookup whose figures conflict with the asking claim's: they could link to nothing. */
  conflicting: number;
}

/** A claim as a lookup asks for it: its band keys and its figures (findMatchCandidates' askedFor). */
const asking = (signature: ClaimSignature): AskingClaim => ({ bandKeys: signatureBandKeys(signature), figures: signature.figures });

/** Whether a candidate could link to a claim that asked for one of its keys: their figures do not conflict (claimSimilarity is 0 when they do). */
const couldLink = (candidate: MatchCandidate, askers: readonly AskingClaim[]): boolean =>
  askers.some(
    (claim) =>
      claim.bandKeys.some((key) => candidate.bandKeys.includes(key)) && !figuresConflict(claim.figures, candidate.signature.figures),
  );

/**
 * Adds one lookup's answer to `hash`: the candidates that could link to a claim that asked for them (claim ids,
 * each with its band keys, in id order: their order from PostgreSQL is not an answer), what the caps left out and
 * the ranked matches with their similarity, so that two runs over one seed print the same digest exactly when every
 * lookup found the same candidates that could link and ranked them the same, whether the candidates that could not
 * were left out in PostgreSQL or sent. `sent` digests every candidate sent, as `hash` did before that filter.
 * Returns how many candidates were sent that could not link.
 */
function answerDigest(
  hash: Hash,
  sent: Hash,
  found: MatchCandidates,
  ranked: Array<Array<{ candidate: MatchCandidate; similarity: number }>>,
  askers: readonly AskingClaim[],
): number {
  const line = (candidate: MatchCandidate) => `${candidate.claimId}:${[...candidate.bandKeys].sort((a, b) => a - b).join(',')}`;
  const linkable = found.candidates.filter((candidate) => couldLink(candidate, askers));
  const caps = `|${found.cappedBands}|${found.leftOut}${found.leftOutExact ? '' : '+'}|`;
  hash.update(`${linkable.map(line).sort().join(' ')}${caps}`);
  sent.update(`${found.candidates.map(line).sort().join(' ')}${caps}`);
  for (const matches of ranked) {
    const text = `${matches.map(({ candidate, similarity }) => `${candidate.claimId}=${similarity}`).join(' ')};`;
    hash.update(text);
    sent.update(text);
  }
  hash.update('\n');
  sent.update('\n');
  return found.candidates.length - linkable.length;
}

/** Lookups shaped as ArticleExtractionService runs them: one statement with every band key of an article's claims, then each claim ranked. */
interface ArticleLookups {
  articles: number;
  keys: number;
  lookup: Stats;
  candidates: Stats;
  /** The benchmark process's CPU time ranking an article's claims (every claim against its candidates), per article. */
  rankingCpu: number;
  digest: string;
  sentDigest: string;
  /** Candidates sent per article whose figures conflict with those of every claim that asked for them. */
  conflicting: number;
}

const ARTICLE_LOOKUPS = 100;

/**
 * Whole articles looked up at once, as the worker does: reworded stored articles and unrelated
 * ones, alternating, each one statement for all its claims' band keys, then every claim ranked.
 */
async function articleLookups(query: RunQuery, size: number, cap: number, storyCap: number): Promise<ArticleLookups> {
  const stored = new SyntheticClaims(STORED_SEED);
  const unrelated = new SyntheticClaims(UNRELATED_SEED);
  const articles = Array.from({ length: ARTICLE_LOOKUPS }, (_, a) =>
    a % 2 === 1
      ? articleSignatures(unrelated, 100_000 + a, 0, Infinity)
      : articleSignatures(stored, Math.floor(((a * 7919 + 13) % size) / CLAIMS_PER_ARTICLE), 1, size),
  );
  const run = async (signatures: ClaimSignature[]) => {
    const askers = signatures.map(asking);
    const found = await findMatchCandidates(
      query,
      askers.flatMap((claim) => claim.bandKeys),
      null,
      cap,
      askers,
      storyCap,
    );
    const cpu = process.cpuUsage();
    const ranked = signatures.map((signature) => rankCandidates(signature, found, 10));
    const used = process.cpuUsage(cpu);
    return { found, ranked, askers, rankingCpu: (used.user + used.system) / 1000 };
  };
  for (const signatures of articles.slice(0, 10)) await run(signatures); // warm
  const times: number[] = [];
  const candidates: number[] = [];
  let keys = 0;
  let rankingCpu = 0;
  let conflicting = 0;
  const digest = createHash('sha256');
  const sentDigest = createHash('sha256');
  for (const signatures of articles) {
    const started = performance.now();
    const { found, ranked, askers, rankingCpu: used } = await run(signatures);
    times.push(performance.now() - started);
    rankingCpu += used;
    candidates.push(found.candidates.length);
    keys += found.probes;
    conflicting += answerDigest(digest, sentDigest, found, ranked, askers);
  }
  return {
    articles: articles.length,
    keys: keys / articles.length,
    lookup: stats(times),
    candidates: stats(candidates),
    rankingCpu: rankingCpu / articles.length,
    digest: digest.digest('hex').slice(0, 16),
    sentDigest: sentDigest.digest('hex').slice(0, 16),
    conflicting: conflicting / articles.length,
  };
}

async function measure(size: number, options: Options): Promise<SizeResult> {
  const { dataSource, reused } = await database(size, options);
  try {
    const query = preparedRunner(dataSource); // as ArticleExtractionService runs it
    const queries = makeQueries(size, options.queries);
    // The lookup production runs for one claim: candidates from every band, then ranked.
    const lookup = async (q: Query) => {
      const found = await findMatchCandidates(
        query,
        signatureBandKeys(q.signature),
        null,
        options.cap,
        [asking(q.signature)],
        options.storyCap,
      );
      return { found, ranked: rankCandidates(q.signature, found, 10) };
    };
    for (const q of queries.slice(0, 200)) await lookup(q); // warm the cache, the pool and the JIT
    const times: number[] = [];
    const roundTrips: number[] = [];
    const candidates: number[] = [];
    let capped = 0;
    let leftOut = 0;
    let leftOutBounded = 0;
    let found = 0;
    const keptOriginals = new Set<number>();
    let clientCpu = 0;
    let conflicting = 0;
    const digest = createHash('sha256');
    const sentDigest = createHash('sha256');
    const serverCpuBefore = await backendCpu(dataSource);
    for (const q of queries) {
      // The floor on this machine now: one round trip of a trivial statement, interleaved with the lookups.
      const tripStarted = performance.now();
      await query('SELECT 1', []);
      roundTrips.push(performance.now() - tripStarted);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = await lookup(q);
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      clientCpu += (used.user + used.system) / 1000;
      conflicting += answerDigest(digest, sentDigest, result.found, [result.ranked], [asking(q.signature)]);
      candidates.push(result.found.candidates.length);
      if (result.found.cappedBands > 0) capped++;
      leftOut += result.found.leftOut;
      if (!result.found.leftOutExact) leftOutBounded++;
      if (q.original === null) continue;
      const original = claimId(q.original);
      if (result.ranked.some(({ candidate }) => candidate.claimId === original)) found++;
      if (result.found.candidates.some((candidate) => candidate.claimId === original)) keptOriginals.add(q.original);
    }
    const serverCpuAfter = await backendCpu(dataSource);
    const article = await articleLookups(query, size, options.cap, options.storyCap);
    const serverCpu =
      serverCpuBefore && serverCpuAfter
        ? [...serverCpuAfter].reduce((sum, [pid, used]) => sum + used - (serverCpuBefore.get(pid) ?? 0), 0) / queries.length
        : null;
    // Untimed: PostgreSQL's own time for the same statement, and what the cap cost in matches.
    const stored = new SyntheticClaims(STORED_SEED);
    const server: number[] = [];
    const buffers: number[] = [];
    let buffersRead = 0;
    let statements = 0;
    let plan = '';
    let fetchPlan = '';
    let wouldFind = 0;
    let lostToCap = 0;
    for (const q of queries) {
      const explain: RunQuery = async (sql, parameters) => {
        const lines = (
          (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${sql}`, parameters)) as Array<{
            'QUERY PLAN': string;
          }>
        ).map((row) => row['QUERY PLAN'].trim());
        statements++;
        server.push(Number(/Execution Time: ([\d.]+)/.exec(lines.find((line) => line.startsWith('Execution Time')) ?? '')?.[1]));
        // The first Buffers line is the top node's: the whole execution (planning's comes after "Planning:").
        const top = lines.find((line) => line.startsWith('Buffers:')) ?? '';
        const read = Number(/read=(\d+)/.exec(top)?.[1] ?? 0);
        buffers.push(Number(/hit=(\d+)/.exec(top)?.[1] ?? 0) + read);
        buffersRead += read;
        plan ||= lines.find((line) => line.includes('claim_band_keys') && line.includes('Scan')) ?? '';
        fetchPlan ||= lines.find((line) => line.includes('claim_signatures') && line.includes('Scan')) ?? '';
        return [];
      };
      await findMatchCandidates(explain, signatureBandKeys(q.signature), null, options.cap, [asking(q.signature)], options.storyCap);
      if (q.original === null) continue;
      // The original is a candidate of an unbounded lookup when it shares a band key (its seq is k + 1).
      const [shared] = await dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM claim_band_keys WHERE band_key = ANY($1::bigint[]) AND seq = $2) AS shared`,
        [signatureBandKeys(q.signature), q.original + 1],
      );
      if (!shared.shared || claimSimilarity(q.signature, storedSignature(stored, q.original, size)) < MATCH_SUGGEST_THRESHOLD) continue;
      wouldFind++;
      if (!keptOriginals.has(q.original)) lostToCap++;
    }
    const [{ bytes }] = await dataSource.query(
      `SELECT pg_total_relation_size('claim_band_keys') + pg_total_relation_size('claim_signatures') AS bytes`,
    );
    return {
      size,
      reused,
      lookup: stats(times),
      roundTrip: stats(roundTrips),
      candidates: stats(candidates),
      cappedLookups: capped,
      leftOut,
      leftOutBounded,
      recall: found / queries.filter((q) => q.original !== null).length,
      recallWithoutCap: wouldFind / queries.filter((q) => q.original !== null).length,
      trueMatchesLeftOut: lostToCap,
      server: stats(server),
      clientCpu: clientCpu / queries.length,
      serverCpu,
      buffers: stats(buffers),
      buffersRead: buffersRead / Math.max(1, buffers.length),
      statements: statements / queries.length,
      plan,
      fetchPlan,
      tableMB: Number(bytes) / 2 ** 20,
      article,
      digest: digest.digest('hex').slice(0, 16),
      sentDigest: sentDigest.digest('hex').slice(0, 16),
      conflicting: conflicting / queries.length,
    };
  } finally {
    await dataSource.destroy();
  }
}

const label = (size: number): string => (size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${size / 1e3}k` : String(size));
const ms = (x: number): string => `${x.toFixed(2)} ms`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.drop) {
    for (const size of options.sizes) {
      const name = databaseName(options.prefix, size);
      if (await databaseExists(name)) await dropDatabase(name);
    }
    return;
  }
  console.log(
    `claim matching in PostgreSQL: LSH ${LSH_BANDS} bands × ${LSH_ROWS} rows, at most ${options.cap} claims per band (${bucketCap(FIRST_STORY_BAND_KEY, options.cap, options.storyCap)} per story key), suggest ${MATCH_SUGGEST_THRESHOLD}; ` +
      `${options.queries} lookups per size (half rewordings of stored claims, half unrelated), one claim each, as ArticleExtractionService runs them`,
  );
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const r = await measure(size, options);
    results.push(r);
    console.log(
      `${label(size)} claims (${r.reused ? 'seed reused' : 'seeded now'}, signatures + band keys ${r.tableMB.toFixed(0)} MB): ` +
        `lookup mean ${ms(r.lookup.mean)} p50 ${ms(r.lookup.p50)} p99 ${ms(r.lookup.p99)} max ${ms(r.lookup.max)} ` +
        `(SELECT 1 round trip p50 ${ms(r.roundTrip.p50)} p99 ${ms(r.roundTrip.p99)}; lookup p50 = ${(r.lookup.p50 / r.roundTrip.p50).toFixed(1)} round trips, ` +
        `p99 = ${(r.lookup.p99 / r.roundTrip.p99).toFixed(1)}x its p99) | PostgreSQL's execution mean ${ms(r.server.mean)} p50 ${ms(r.server.p50)} p99 ${ms(r.server.p99)}, ` +
        `${r.statements.toFixed(0)} statement(s), shared buffers mean ${r.buffers.mean.toFixed(0)} (${r.buffersRead.toFixed(0)} read) p99 ${r.buffers.p99} | CPU a lookup: client ${ms(r.clientCpu)}, PostgreSQL ${r.serverCpu === null ? 'n/a' : ms(r.serverCpu)} | ` +
        `candidates mean ${r.candidates.mean.toFixed(1)} p99 ${r.candidates.p99} max ${r.candidates.max} (${r.conflicting.toFixed(1)} of them with figures conflicting with the claim's) | ` +
        `lookups capped ${r.cappedLookups}, band entries left out ${r.leftOut}${r.leftOutBounded > 0 ? ` or more (counted up to ${LEFT_OUT_COUNTED_PER_BAND} a bucket; ${r.leftOutBounded} lookups reached that)` : ''}, true matches among them ${r.trueMatchesLeftOut} | ` +
        `recall ${r.recall.toFixed(3)} (${r.recallWithoutCap.toFixed(3)} without the cap)`,
    );
    console.log(
      `  article lookups (${r.article.articles} articles of ${CLAIMS_PER_ARTICLE} claims, ${r.article.keys.toFixed(0)} band keys each, one statement, every claim ranked, as the worker runs it): ` +
        `mean ${ms(r.article.lookup.mean)} p50 ${ms(r.article.lookup.p50)} p99 ${ms(r.article.lookup.p99)} | candidates mean ${r.article.candidates.mean.toFixed(0)} max ${r.article.candidates.max} (${r.article.conflicting.toFixed(0)} that could link to none of their claims) | ranking CPU ${ms(r.article.rankingCpu)} an article`,
    );
    console.log(`  probe plan: ${r.plan}`);
    console.log(`  fetch plan: ${r.fetchPlan}`);
    console.log(
      `  answers digest (candidates that could link, what the caps left out, the matches): lookups ${r.digest}, article lookups ${r.article.digest} | every candidate sent: lookups ${r.sentDigest}, article lookups ${r.article.sentDigest}`,
    );
  }
  if (results.length >= 2) {
    const small = results[0] as SizeResult;
    const large = results[results.length - 1] as SizeResult;
    console.log(
      `\nlookup ${label(small.size)}: p50 ${ms(small.lookup.p50)} p99 ${ms(small.lookup.p99)} | ${label(large.size)}: p50 ${ms(large.lookup.p50)} p99 ${ms(large.lookup.p99)} ` +
        `(aim: p99 under 5 ms) | growth ${(large.lookup.mean / small.lookup.mean).toFixed(1)}x for ${(large.size / small.size).toFixed(0)}x claims ` +
        `(candidates ${small.candidates.mean.toFixed(1)} → ${large.candidates.mean.toFixed(1)} per lookup) | left out by the cap: ${small.leftOut}${small.leftOutBounded > 0 ? '+' : ''} / ${large.leftOut}${large.leftOutBounded > 0 ? '+' : ''} entries, ${small.trueMatchesLeftOut} / ${large.trueMatchesLeftOut} true matches | recall ${small.recall.toFixed(2)} / ${large.recall.toFixed(2)} | shared buffers per lookup ${small.buffers.mean.toFixed(0)} / ${large.buffers.mean.toFixed(0)} | CPU per lookup: client ${ms(small.clientCpu)} / ${ms(large.clientCpu)}, PostgreSQL ${small.serverCpu === null ? 'n/a' : ms(small.serverCpu)} / ${large.serverCpu === null ? 'n/a' : ms(large.serverCpu)} | SELECT 1 p99 ${ms(small.roundTrip.p99)} / ${ms(large.roundTrip.p99)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
