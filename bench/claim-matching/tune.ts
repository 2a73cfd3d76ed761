// Chooses the shingling, the LSH banding and the thresholds from the labelled
// pairs in libs/extraction/src/matching/matching-test-pairs.ts.
//   node -r @swc-node/register bench/claim-matching/tune.ts
import { claimSimilarity, computeSignature, normaliseClaim, SHINGLE_WEIGHTS } from '../../libs/extraction/src/matching';
import { hashPair, hashString } from '../../libs/extraction/src/matching/hashing';
import {
  CONFLICTING_PAIRS,
  COPY_PAIRS,
  RELATED_BUT_DIFFERENT_PAIRS,
  REWORDED_PAIRS,
  type ClaimPair,
} from '../../libs/extraction/src/matching/matching-test-pairs';
import { claimShingles } from '../../libs/extraction/src/matching/shingles';
import { shingleIdentity, shingleKind } from '../../libs/extraction/src/matching/shingle-kinds';
import { SyntheticClaims } from './synthetic-claims';

type Shingler = (text: string) => Uint32Array;

const sortedUnique = (values: number[]): Uint32Array => Uint32Array.from(new Set(values.map((v) => v >>> 0))).sort();

const words = (text: string): string[] => normaliseClaim(text).tokens;
const wordNgrams =
  (sizes: number[]): Shingler =>
  (text) => {
    const hashes = words(text).map(hashString);
    const out: number[] = [];
    for (const n of sizes) {
      for (let i = 0; i + n <= hashes.length; i++) {
        let h = hashes[i] as number;
        for (let k = 1; k < n; k++) h = hashPair(h, hashes[i + k] as number);
        out.push(n === 1 ? h : h ^ n);
      }
    }
    return sortedUnique(out);
  };
const charNgrams =
  (n: number, normalise: boolean): Shingler =>
  (text) => {
    const s = normalise ? ` ${words(text).join(' ')} ` : ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const out: number[] = [];
    for (let i = 0; i + n <= s.length; i++) out.push(hashString(s.slice(i, i + n)));
    return sortedUnique(out);
  };

const SCHEMES: Array<[string, Shingler]> = [
  ['words', wordNgrams([1])],
  ['words+pairs', wordNgrams([1, 2])],
  ['pairs', wordNgrams([2])],
  ['words+pairs+triples', wordNgrams([1, 2, 3])],
  ['char4 normalised', charNgrams(4, true)],
  ['char5 normalised', charNgrams(5, true)],
  ['char5 raw text', charNgrams(5, false)],
];

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if ((a[i] as number) < (b[j] as number)) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union ? shared / union : 0;
}

const shingleCache = new Map<string, Uint32Array>();
function shinglesOf(text: string): Uint32Array {
  let shingles = shingleCache.get(text);
  if (!shingles) shingleCache.set(text, (shingles = claimShingles(normaliseClaim(text))));
  return shingles;
}

/** Σ min / Σ max of the weights, with weights by ShingleKind. */
function weightedJaccard(a: Uint32Array, b: Uint32Array, weights: number[]): number {
  const weight = (packed: number): number => weights[shingleKind(packed)] as number;
  let total = 0;
  for (const s of a) total += weight(s);
  for (const s of b) total += weight(s);
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = shingleIdentity(a[i] as number);
    const y = shingleIdentity(b[j] as number);
    if (x < y) i++;
    else if (x > y) j++;
    else {
      shared += Math.min(weight(a[i] as number), weight(b[j] as number));
      i++;
      j++;
    }
  }
  return total - shared > 0 ? shared / (total - shared) : 0;
}

/** Claims of two different reworded pairs: different stories (the first two pairs are the same Aleppo claim). */
function unrelatedPairs(): ClaimPair[] {
  const out: ClaimPair[] = [];
  for (let i = 0; i < REWORDED_PAIRS.length; i++) {
    for (let j = i + 1; j < REWORDED_PAIRS.length; j++) {
      if (i === 0 && j === 1) continue;
      for (const a of REWORDED_PAIRS[i] as ClaimPair) for (const b of REWORDED_PAIRS[j] as ClaimPair) out.push([a, b]);
    }
  }
  return out;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] ?? 0;
};
const f2 = (x: number): string => x.toFixed(2);
const pCandidate = (j: number, bands: number, rows: number): number => 1 - (1 - j ** rows) ** bands;

const unrelated = unrelatedPairs();
console.log(
  `pairs: ${REWORDED_PAIRS.length} reworded, ${COPY_PAIRS.length} copies, ${CONFLICTING_PAIRS.length} conflicting, ${RELATED_BUT_DIFFERENT_PAIRS.length} related-but-different, ${unrelated.length} unrelated\n`,
);

const synthetic = new SyntheticClaims(99);
const syntheticReworded: ClaimPair[] = [];
const syntheticSiblings: ClaimPair[] = [];
for (let k = 0; k < 2000; k++) {
  syntheticReworded.push([synthetic.claimText(k, 0), synthetic.claimText(k, 1)]);
  syntheticSiblings.push([synthetic.claimText(k, 0), synthetic.siblingText(k)]);
}
const expectedCandidates = (js: number[]): number => js.reduce((sum, j) => sum + pCandidate(j, 32, 4), 0) / js.length;

console.log('1. Shingling (unweighted Jaccard): hand pairs, 2,000 synthetic rewordings and same-phrasing siblings; 32×4 LSH expectations');
console.log(
  'scheme                 hand reworded min/p10/med   related max   unrelated p99/max   synth reworded p10/med   siblings p90/p99   LSH recall synth   LSH candidates per 1M unrelated / siblings   shingles',
);
for (const [name, shingle] of SCHEMES) {
  const score = (pairs: readonly ClaimPair[]): number[] => pairs.map(([a, b]) => jaccard(shingle(a), shingle(b)));
  const reworded = score(REWORDED_PAIRS);
  const related = score(RELATED_BUT_DIFFERENT_PAIRS);
  const unrelatedScores = score(unrelated);
  const sr = score(syntheticReworded);
  const ss = score(syntheticSiblings);
  const sizes = REWORDED_PAIRS.flat().map((t) => shingle(t).length);
  console.log(
    `${name.padEnd(22)} ${f2(Math.min(...reworded))} / ${f2(quantile(reworded, 0.1))} / ${f2(quantile(reworded, 0.5))}          ${f2(Math.max(...related))}          ${f2(quantile(unrelatedScores, 0.99))} / ${f2(Math.max(...unrelatedScores))}         ${f2(quantile(sr, 0.1))} / ${f2(quantile(sr, 0.5))}              ${f2(quantile(ss, 0.9))} / ${f2(quantile(ss, 0.99))}        ${f2(expectedCandidates(sr))}               ${(expectedCandidates(unrelatedScores) * 1e6).toFixed(0)} / ${(expectedCandidates(ss) * 1e6).toFixed(0)}                            ${(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(1)}`,
  );
}

console.log('\n2. Weighting numbers and names (words+pairs): hand pairs, and 2,000 synthetic rewordings / same-phrasing siblings');
console.log(
  'number×year×name   hand reworded min/p10/med   hand related max   synth reworded p10/med   synth siblings med/p90/p99   unrelated max',
);
for (const [number, common, name] of [
  [1, 1, 1],
  [3, 3, 2],
  [4, 4, 2],
  [6, 6, 3],
  [3, 1, 2],
  [3, 2, 2],
  [4, 2, 2],
  [6, 2, 2],
  [6, 2, 3],
  [8, 2, 3],
  [8, 2, 4],
]) {
  const weights = [1, name as number, common as number, number as number]; // by ShingleKind
  const score = (pairs: readonly ClaimPair[]): number[] => pairs.map(([a, b]) => weightedJaccard(shinglesOf(a), shinglesOf(b), weights));
  const reworded = score(REWORDED_PAIRS);
  const related = score(RELATED_BUT_DIFFERENT_PAIRS);
  const sr = score(syntheticReworded);
  const ss = score(syntheticSiblings);
  const un = score(unrelated);
  console.log(
    `${number}×${common}×${name}           ${f2(Math.min(...reworded))} / ${f2(quantile(reworded, 0.1))} / ${f2(quantile(reworded, 0.5))}          ${f2(Math.max(...related))}               ${f2(quantile(sr, 0.1))} / ${f2(quantile(sr, 0.5))}              ${f2(quantile(ss, 0.5))} / ${f2(quantile(ss, 0.9))} / ${f2(quantile(ss, 0.99))}              ${f2(Math.max(...un))}           ${f2(sr.reduce((a, j) => a + pCandidate(j, 32, 4), 0) / sr.length)}  ${((ss.reduce((a, j) => a + pCandidate(j, 32, 4), 0) / ss.length) * 1e6).toFixed(0)}`,
  );
}

console.log('\n2b. The shipped similarity (words+pairs, conflict penalty): scores per category');
const shipped = (pairs: readonly ClaimPair[]): number[] => pairs.map(([a, b]) => claimSimilarity(computeSignature(a), computeSignature(b)));
const categories: Array<[string, number[]]> = [
  ['synthetic reworded', shipped(syntheticReworded)],
  ['synthetic siblings', shipped(syntheticSiblings)],
  ['copies', shipped(COPY_PAIRS)],
  ['reworded', shipped(REWORDED_PAIRS)],
  ['conflicting', shipped(CONFLICTING_PAIRS)],
  ['related-but-different', shipped(RELATED_BUT_DIFFERENT_PAIRS)],
  ['unrelated', shipped(unrelated)],
];
for (const [name, xs] of categories) {
  console.log(
    `${name.padEnd(22)} min ${f2(Math.min(...xs))}  p10 ${f2(quantile(xs, 0.1))}  median ${f2(quantile(xs, 0.5))}  p90 ${f2(quantile(xs, 0.9))}  max ${f2(Math.max(...xs))}`,
  );
}
for (const [name, pairs] of [
  ['reworded', REWORDED_PAIRS],
  ['copies', COPY_PAIRS],
] as const) {
  const weakest = pairs
    .map(([a, b]) => ({ a, b, s: claimSimilarity(computeSignature(a), computeSignature(b)) }))
    .sort((x, y) => x.s - y.s)
    .slice(0, 3);
  for (const w of weakest)
    console.log(`  weakest ${name} ${f2(w.s)}: ${normaliseClaim(w.a).tokens.join(' ')}  ||  ${normaliseClaim(w.b).tokens.join(' ')}`);
}

console.log('\n2c. Thresholds: share of each category at or above t (reworded should be high, the rest low; conflicting may be suggested)');
console.log('   t     hand reworded  synth reworded  copies  conflicting  related  synth siblings  unrelated');
const share = (xs: number[], t: number): string => f2(xs.filter((x) => x >= t).length / xs.length);
const byName = new Map(categories);
for (const t of [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8]) {
  const at = (name: string): string => share(byName.get(name) ?? [], t);
  console.log(
    `  ${t.toFixed(2)}      ${at('reworded')}           ${at('synthetic reworded')}        ${at('copies')}     ${at('conflicting')}        ${at('related-but-different')}      ${at('synthetic siblings')}         ${at('unrelated')}`,
  );
}

console.log('\n3. LSH banding (128 MinHash values): expected share of reworded pairs that become candidates,');
console.log('   and expected candidates per query per 1M stored claims drawn like the unrelated pairs');
const rewordedJ = shipped(REWORDED_PAIRS.map(([a, b]) => [a, b] as const));
const rawJ = (pairs: readonly ClaimPair[]): number[] =>
  pairs.map(([a, b]) => weightedJaccard(shinglesOf(a), shinglesOf(b), [...SHINGLE_WEIGHTS]));
const rewordedRaw = rawJ(REWORDED_PAIRS);
const unrelatedRaw = rawJ(unrelated);
const syntheticRewordedRaw = rawJ(syntheticReworded);
const siblingRaw = rawJ(syntheticSiblings);
void rewordedJ;
for (const [bands, rows] of [
  [64, 2],
  [42, 3],
  [36, 3],
  [32, 4],
  [25, 5],
  [21, 6],
]) {
  const b = bands as number;
  const r = rows as number;
  const recall = rewordedRaw.reduce((sum, j) => sum + pCandidate(j, b, r), 0) / rewordedRaw.length;
  const syntheticRecall = syntheticRewordedRaw.reduce((sum, j) => sum + pCandidate(j, b, r), 0) / syntheticRewordedRaw.length;
  const falsePerMillion = (unrelatedRaw.reduce((sum, j) => sum + pCandidate(j, b, r), 0) / unrelatedRaw.length) * 1e6;
  const siblingRate = siblingRaw.reduce((sum, j) => sum + pCandidate(j, b, r), 0) / siblingRaw.length;
  const threshold = (1 / b) ** (1 / r);
  console.log(
    `${String(b).padStart(2)} bands × ${r} rows: S-curve midpoint J≈${f2(threshold)}  recall hand ${f2(recall)} synthetic ${f2(syntheticRecall)}  candidates/query per 1M unrelated ${falsePerMillion.toFixed(0)}, per 1M same-phrasing siblings ${(siblingRate * 1e6).toFixed(0)}`,
  );
}
