import { isNumberKind, shingleKind, shingleWeight, ShingleKind } from './shingle-kinds';
import type { ClaimSignature } from './signature';
import { CONFLICT_PENALTY, MAX_SIMILARITY_WITH_CONFLICT } from './thresholds';

/** The totals of one claim that a similarity needs besides the shared shingles. */
export interface ClaimTotals {
  /** Sum of the shingle weights. */
  weight: number;
  /** How many numbers and names it states. */
  numbers: number;
  names: number;
  negated: boolean;
}

/** What two claims share. One object is reused per comparison loop, so ranking a candidate allocates nothing. */
export interface Overlap {
  /** Σ min(weight in A, weight in B) over the shared shingles. */
  weight: number;
  numbers: number;
  names: number;
}

export function newOverlap(): Overlap {
  return { weight: 0, numbers: 0, names: 0 };
}

export function claimTotals(shingles: Uint32Array, negated: boolean): ClaimTotals {
  const totals: ClaimTotals = { weight: 0, numbers: 0, names: 0, negated };
  for (const shingle of shingles) {
    totals.weight += shingleWeight(shingle);
    const kind = shingleKind(shingle);
    if (isNumberKind(kind)) totals.numbers++;
    else if (kind === ShingleKind.name) totals.names++;
  }
  return totals;
}

/**
 * Shared shingles of two ascending runs of packed shingles, a[aFrom, aTo) and
 * b[bFrom, bTo): one linear merge. Written into `into` and returned.
 */
export function measureOverlap(
  a: Uint32Array,
  aFrom: number,
  aTo: number,
  b: Uint32Array,
  bFrom: number,
  bTo: number,
  into: Overlap,
): Overlap {
  let weight = 0;
  let numbers = 0;
  let names = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = a[i] as number;
    const y = b[j] as number;
    const xText = x >>> 2; // shingleIdentity, inlined: this loop is the hot path of every lookup
    const yText = y >>> 2;
    if (xText < yText) i++;
    else if (xText > yText) j++;
    else {
      weight += Math.min(shingleWeight(x), shingleWeight(y));
      const kind = shingleKind(x);
      if (isNumberKind(kind)) numbers++;
      else if (kind === ShingleKind.name && shingleKind(y) === ShingleKind.name) names++;
      i++;
      j++;
    }
  }
  into.weight = weight;
  into.numbers = numbers;
  into.names = names;
  return into;
}

/** Weighted Jaccard, Σ min / Σ max, from the shared weight and the two totals; 0 for two empty sets. */
export function weightedJaccard(sharedWeight: number, weightA: number, weightB: number): number {
  const union = weightA + weightB - sharedWeight;
  return union > 0 ? sharedWeight / union : 0;
}

/** Each side has a value the other lacks (3,179 vs 2,100 people; Paris vs Lyon). Leaving one out is not a conflict. */
export function setsConflict(shared: number, sizeA: number, sizeB: number): boolean {
  return shared < sizeA && shared < sizeB;
}

/**
 * The similarity reported for two claims: the weighted Jaccard similarity of
 * their shingles; scaled down when their facts conflict (different numbers, or
 * only one negated: a different claim however alike the words), and capped
 * below the confirm threshold when facts or names conflict (different names:
 * probably a different claim, or a name once spelled out and once
 * abbreviated), so that such pairs are at most suggested.
 */
export function scoreSimilarity(overlap: Overlap, a: ClaimTotals, b: ClaimTotals): number {
  const jaccard = weightedJaccard(overlap.weight, a.weight, b.weight);
  const factsConflict = setsConflict(overlap.numbers, a.numbers, b.numbers) || a.negated !== b.negated;
  const namesConflict = setsConflict(overlap.names, a.names, b.names);
  let similarity = factsConflict ? jaccard * CONFLICT_PENALTY : jaccard;
  if (factsConflict || namesConflict) similarity = Math.min(similarity, MAX_SIMILARITY_WITH_CONFLICT);
  return similarity;
}

/** The similarity of two claims in [0, 1], as ClaimMatchIndex.query reports it; for pairs fetched by band key from a database. */
export function claimSimilarity(a: ClaimSignature, b: ClaimSignature): number {
  const overlap = measureOverlap(a.shingles, 0, a.shingles.length, b.shingles, 0, b.shingles.length, newOverlap());
  return scoreSimilarity(overlap, claimTotals(a.shingles, a.negated), claimTotals(b.shingles, b.negated));
}
