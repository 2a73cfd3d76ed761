import { mix32 } from './hashing';

/**
 * LSH banding of the MinHash signature: two claims become candidates when all
 * rows of at least one band agree. P(candidate) = 1 − (1 − J^ROWS)^BANDS for
 * weighted Jaccard J: with 32 × 4 that is 0.23 at J = 0.3, 0.56 at 0.4, 0.87 at
 * 0.5, 0.98 at 0.6, and 0.003 at J = 0.1 (claims sharing a word or two).
 * Rewordings mostly score 0.5–0.9, so 32 × 4 finds ~97 % of them while claims
 * that merely share phrasing (J ≈ 0.1–0.3) rarely become candidates; 42 × 3
 * would find ~99 % for 6–15 times the candidates (bench/claim-matching/tune.ts).
 */
export const LSH_BANDS = 32;
export const LSH_ROWS = 4;

/** One 32-bit key per band: a hash of the band's rows, seeded by the band number so equal rows in two bands differ. */
export function bandHashes(minHashes: Uint32Array): Uint32Array {
  const keys = new Uint32Array(LSH_BANDS);
  for (let band = 0; band < LSH_BANDS; band++) {
    let hash = mix32(band + 0x6a09e667);
    for (let row = band * LSH_ROWS; row < (band + 1) * LSH_ROWS; row++) {
      hash = mix32((Math.imul(hash, 0x9e3779b1) + (minHashes[row] as number)) >>> 0);
    }
    keys[band] = hash;
  }
  return keys;
}

/**
 * A band's key as one integer, band × 2³² + hash: distinct across bands, a safe
 * JavaScript integer, and one PostgreSQL bigint (one btree probe per band).
 */
export function bandKey(band: number, hash: number): number {
  return band * 2 ** 32 + hash;
}
