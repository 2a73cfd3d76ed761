import { hashPair, hashString } from './hashing';
import type { NormalisedClaim } from './normalise';
import { isCommonNumber, packShingle, shingleIdentity, shingleWeight, ShingleKind } from './shingle-kinds';

/**
 * The shingles of a claim, packed (hash and kind, see packShingle), ascending,
 * one per text. Words and pairs of neighbouring words: single words carry the
 * overlap when a rewording reorders the sentence ("the civil war has killed
 * 400,000" / "400,000 killed in the civil war"); pairs reward the same phrasing
 * and keep long claims that share a few common words apart. Chosen over
 * character n-grams by bench/claim-matching/tune.ts.
 */
export function claimShingles(claim: NormalisedClaim): Uint32Array {
  return sortedUniqueShingles(packedShingles(claim, true));
}

/**
 * The claim's words alone (no pairs), for its MinHash: restatements keep the
 * words and figures but not their order, so words alone make their band keys
 * meet far more often (see lsh.ts); the pairs still weigh in the ranking.
 */
export function claimWordShingles(claim: NormalisedClaim): Uint32Array {
  return sortedUniqueShingles(packedShingles(claim, false));
}

function packedShingles(claim: NormalisedClaim, withPairs: boolean): number[] {
  const names = new Set(claim.names);
  const numbers = new Set(claim.numbers);
  const packed: number[] = [];
  let previous = 0;
  for (let i = 0; i < claim.tokens.length; i++) {
    const word = claim.tokens[i] as string;
    const hash = hashString(word);
    const kind = numbers.has(word)
      ? isCommonNumber(word)
        ? ShingleKind.commonNumber
        : ShingleKind.distinctiveNumber
      : names.has(word)
        ? ShingleKind.name
        : ShingleKind.word;
    packed.push(packShingle(hash, kind));
    if (withPairs && i > 0) packed.push(packShingle(hashPair(previous, hash), ShingleKind.word));
    previous = hash;
  }
  return packed;
}

/** Sorts packed shingles and keeps one per text: the heaviest kind of it. */
export function sortedUniqueShingles(packed: readonly number[]): Uint32Array {
  const sorted = Uint32Array.from(packed).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const shingle = sorted[i] as number;
    const previous = sorted[n - 1];
    if (n > 0 && shingleIdentity(previous as number) === shingleIdentity(shingle)) {
      if (shingleWeight(shingle) > shingleWeight(previous as number)) sorted[n - 1] = shingle;
      continue;
    }
    sorted[n++] = shingle;
  }
  return sorted.slice(0, n);
}
