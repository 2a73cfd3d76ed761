import { hashPair, mix32, splitMix32 } from './hashing';
import { shingleIdentity, shingleWeight } from './shingle-kinds';

/** Number of hash functions, so values per MinHash signature. */
export const MINHASH_LENGTH = 128;
/** Fixed: changing it changes every signature (see SIGNATURE_VERSION). */
const COEFFICIENT_SEED = 0x5eed_c1a1;

/**
 * The i-th hash function is h_i(x) = mix32(a_i · x + b_i mod 2³²) with a_i odd:
 * a multiply-add universal hash followed by a bijective mixer, so each h_i is a
 * permutation of the 32-bit values and the minimum over a set is a fair sample.
 */
const [MULTIPLIERS, INCREMENTS] = (() => {
  const next = splitMix32(COEFFICIENT_SEED);
  const multipliers = new Uint32Array(MINHASH_LENGTH);
  const increments = new Uint32Array(MINHASH_LENGTH);
  for (let i = 0; i < MINHASH_LENGTH; i++) {
    multipliers[i] = (next() | 1) >>> 0;
    increments[i] = next();
  }
  return [multipliers, increments] as const;
})();

/**
 * MinHash of a weighted shingle set (packed shingles, see packShingle): for
 * each hash function, the smallest value over the set, where a shingle of
 * weight w takes part as w copies (itself and w − 1 derived hashes). Two sets
 * agree at a position with probability equal to their weighted Jaccard
 * similarity. An empty set gives all 0xffffffff.
 */
export function minHash(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_LENGTH).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const identity = shingleIdentity(shingles[s] as number);
    const copies = shingleWeight(shingles[s] as number);
    for (let copy = 0; copy < copies; copy++) {
      const x = copy === 0 ? identity : hashPair(identity, copy);
      for (let i = 0; i < MINHASH_LENGTH; i++) {
        const h = mix32((Math.imul(MULTIPLIERS[i] as number, x) + (INCREMENTS[i] as number)) >>> 0);
        if (h < (signature[i] as number)) signature[i] = h;
      }
    }
  }
  return signature;
}

/** Share of positions where two MinHash signatures agree: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let equal = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) equal++;
  return equal / n;
}
