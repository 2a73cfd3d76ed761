// Claim-matching benchmark: MinHash/LSH lookups at 10k and 1M stored claims,
// against a brute-force scan of every stored claim.
//   node -r @swc-node/register bench/claim-matching/run.ts [--sizes 10000,1000000] [--queries 2000] [--scan-queries-1m 50]
import {
  ClaimMatchIndex,
  computeSignature,
  type ClaimSignature,
  LSH_BANDS,
  LSH_ROWS,
  MATCH_SUGGEST_THRESHOLD,
} from '../../libs/extraction/src/matching';
import { SyntheticClaims } from './synthetic-claims';

const STORED_SEED = 20161213;
const UNRELATED_SEED = 777;

interface Options {
  sizes: number[];
  queries: number;
  /** Brute force is O(n): at the largest size only this many queries are scanned. */
  largeScanQueries: number;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? '10000,1000000').split(',').map(Number),
    queries: Number(value('--queries') ?? 2000),
    largeScanQueries: Number(value('--scan-queries-1m') ?? 50),
  };
}

interface Query {
  signature: ClaimSignature;
  /** The stored claim this rewords, or null for an unrelated claim. */
  original: string | null;
}

interface SizeResult {
  size: number;
  buildSeconds: number;
  signatureMicros: number;
  lookup: Stats;
  rewordedLookup: Stats;
  unrelatedLookup: Stats;
  candidatesPerQuery: number;
  recall: number;
  scanRecall: number;
  lshAgreement: number;
  scan: Stats;
  scanQueries: number;
  indexMB: number;
  heapMB: number;
  rssMB: number;
}

interface Stats {
  mean: number;
  p50: number;
  p99: number;
}

const now = (): bigint => process.hrtime.bigint();
const micros = (from: bigint): number => Number(now() - from) / 1e3;

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length), p50: at(0.5), p99: at(0.99) };
}

/** Rewordings of stored claims (chosen by a seeded stride) and claims never stored, alternating. */
function makeQueries(size: number, count: number, stored: SyntheticClaims, unrelated: SyntheticClaims): Query[] {
  const queries: Query[] = [];
  for (let q = 0; q < count; q++) {
    if (q % 2 === 0) {
      const k = (q * 7919 + 13) % size;
      queries.push({ signature: computeSignature(stored.claimText(k, 1)), original: `c${k}` });
    } else {
      queries.push({ signature: computeSignature(unrelated.claimText(q, 0)), original: null });
    }
  }
  return queries;
}

function buildIndex(size: number, stored: SyntheticClaims): { index: ClaimMatchIndex; seconds: number; signatureMicros: number } {
  const index = new ClaimMatchIndex();
  const start = now();
  let signatureTime = 0;
  for (let k = 0; k < size; k++) {
    const text = stored.claimText(k, 0);
    const before = now();
    const signature = computeSignature(text);
    signatureTime += micros(before);
    index.add(`c${k}`, signature);
    if (size >= 100_000 && k > 0 && k % 200_000 === 0) process.stderr.write(`  … ${k.toLocaleString('en-US')} claims\n`);
  }
  return { index, seconds: micros(start) / 1e6, signatureMicros: signatureTime / size };
}

function timeQueries(queries: Query[], run: (q: Query) => unknown): number[] {
  return queries.map((q) => {
    const start = now();
    run(q);
    return micros(start);
  });
}

function measure(size: number, options: Options): SizeResult {
  const stored = new SyntheticClaims(STORED_SEED);
  const unrelated = new SyntheticClaims(UNRELATED_SEED);
  process.stderr.write(`building ${size.toLocaleString('en-US')} claims …\n`);
  const { index, seconds, signatureMicros } = buildIndex(size, stored);
  const queries = makeQueries(size, options.queries, stored, unrelated);

  // Warm up (JIT), then time each lookup with the default options (suggest threshold, 10 results).
  for (const q of queries) index.query(q.signature);
  const times = timeQueries(queries, (q) => index.query(q.signature));
  const reworded = queries.filter((q) => q.original !== null);
  const found = reworded.filter((q) => index.query(q.signature).some((m) => m.id === q.original)).length;
  const candidates = queries.reduce((sum, q) => sum + index.query(q.signature, { minSimilarity: 0, limit: Infinity }).length, 0);

  // Brute force on a subset at large sizes; LSH agreement = share of the scan's matches that LSH also returns.
  const scanCount = size > 10_000 ? Math.min(options.largeScanQueries, queries.length) : queries.length;
  const scanned = queries.slice(0, scanCount);
  const scanTimes = timeQueries(scanned, (q) => index.queryByScan(q.signature));
  let scanMatches = 0;
  let lshMatches = 0;
  let scanFound = 0;
  let scanReworded = 0;
  for (const q of scanned) {
    const exact = index.queryByScan(q.signature, { limit: Infinity });
    const viaLsh = new Set(index.query(q.signature, { limit: Infinity }).map((m) => m.id));
    scanMatches += exact.length;
    lshMatches += exact.filter((m) => viaLsh.has(m.id)).length;
    if (q.original !== null) {
      scanReworded++;
      if (exact.some((m) => m.id === q.original)) scanFound++;
    }
  }

  const memory = process.memoryUsage();
  const result: SizeResult = {
    size,
    buildSeconds: seconds,
    signatureMicros,
    lookup: stats(times),
    rewordedLookup: stats(times.filter((_, i) => queries[i]?.original !== null)),
    unrelatedLookup: stats(times.filter((_, i) => queries[i]?.original === null)),
    candidatesPerQuery: candidates / queries.length,
    recall: found / reworded.length,
    scanRecall: scanFound / Math.max(1, scanReworded),
    lshAgreement: scanMatches ? lshMatches / scanMatches : 1,
    scan: stats(scanTimes),
    scanQueries: scanCount,
    indexMB: index.byteLength / 2 ** 20,
    heapMB: memory.heapUsed / 2 ** 20,
    rssMB: memory.rss / 2 ** 20,
  };
  return result;
}

const label = (size: number): string => (size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${size / 1e3}k` : String(size));
const us = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(1)} ms` : `${x.toFixed(x < 10 ? 1 : 0)} µs`);

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  console.log(
    `claim matching: MinHash ${LSH_BANDS * LSH_ROWS} values, LSH ${LSH_BANDS} bands × ${LSH_ROWS} rows, suggest threshold ${MATCH_SUGGEST_THRESHOLD}; ${options.queries} queries per size (half rewordings of stored claims, half unrelated)`,
  );
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const r = measure(size, options);
    results.push(r);
    console.log(
      `${label(size)} claims: built in ${r.buildSeconds.toFixed(1)} s (signature ${r.signatureMicros.toFixed(0)} µs/claim) | index ${r.indexMB.toFixed(0)} MB typed arrays, heap ${r.heapMB.toFixed(0)} MB, rss ${r.rssMB.toFixed(0)} MB`,
    );
    console.log(
      `  lookup: mean ${us(r.lookup.mean)} p50 ${us(r.lookup.p50)} p99 ${us(r.lookup.p99)} (reworded mean ${us(r.rewordedLookup.mean)}, unrelated mean ${us(r.unrelatedLookup.mean)}) | ${r.candidatesPerQuery.toFixed(1)} candidates/query`,
    );
    console.log(
      `  brute force (${r.scanQueries} queries): mean ${us(r.scan.mean)} p99 ${us(r.scan.p99)} | speed-up ${(r.scan.mean / r.lookup.mean).toFixed(0)}x`,
    );
    console.log(
      `  recall ${r.recall.toFixed(3)} (original found among matches ≥ suggest) | brute-force recall ${r.scanRecall.toFixed(3)} | LSH finds ${(r.lshAgreement * 100).toFixed(1)}% of brute-force matches`,
    );
  }
  if (results.length >= 2) {
    const small = results[0] as SizeResult;
    const large = results[results.length - 1] as SizeResult;
    console.log(
      `\nlookup ${label(small.size)}: mean ${us(small.lookup.mean)} p99 ${us(small.lookup.p99)} | ${label(large.size)}: mean ${us(large.lookup.mean)} p99 ${us(large.lookup.p99)} | growth ${(large.lookup.mean / small.lookup.mean).toFixed(1)}x for ${(large.size / small.size).toFixed(0)}x claims (candidates ${small.candidatesPerQuery.toFixed(1)} → ${large.candidatesPerQuery.toFixed(0)} per query) | brute force ${label(large.size)}: ${us(large.scan.mean)} (${(large.scan.mean / large.lookup.mean).toFixed(0)}x slower) | recall ${small.recall.toFixed(2)} / ${large.recall.toFixed(2)}`,
    );
  }
}

main();
