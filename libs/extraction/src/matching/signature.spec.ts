import { LSH_BANDS } from './lsh';
import { estimateJaccard, MINHASH_LENGTH } from './minhash';
import { shingleIdentity, shingleKind, ShingleKind, shingleWeight } from './shingle-kinds';
import { normaliseClaim } from './normalise';
import { claimWordShingles } from './shingles';
import { computeSignature, deserializeSignature, serializeSignature, SIGNATURE_VERSION, signatureBandKeys } from './signature';

const CLAIM =
  '3,179 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.';

/** Exact weighted Jaccard of two signatures' shingle sets. */
function weightedJaccard(a: Uint32Array, b: Uint32Array): number {
  const weights = (s: Uint32Array): Map<number, number> => new Map(Array.from(s, (x) => [shingleIdentity(x), shingleWeight(x)]));
  const wa = weights(a);
  const wb = weights(b);
  let min = 0;
  let max = 0;
  for (const key of new Set([...wa.keys(), ...wb.keys()])) {
    min += Math.min(wa.get(key) ?? 0, wb.get(key) ?? 0);
    max += Math.max(wa.get(key) ?? 0, wb.get(key) ?? 0);
  }
  return min / max;
}

describe('computeSignature', () => {
  it('is deterministic', () => {
    const a = computeSignature(CLAIM);
    const b = computeSignature(CLAIM);
    expect(Array.from(a.minHashes)).toEqual(Array.from(b.minHashes));
    expect(Array.from(a.shingles)).toEqual(Array.from(b.shingles));
    expect(signatureBandKeys(a)).toEqual(signatureBandKeys(b));
  });

  it('pins the hash values, so a change to hashing is noticed (bump SIGNATURE_VERSION with it)', () => {
    expect(SIGNATURE_VERSION).toBe(40);
    expect(signatureBandKeys(computeSignature('Turkey shot down a Russian jet.')).slice(0, 2)).toMatchInlineSnapshot(`
     [
       133425542,
       6999537828,
     ]
    `);
  });

  it('keeps shingles sorted and unique, with numbers and names marked', () => {
    const { shingles, minHashes } = computeSignature(CLAIM);
    expect(minHashes).toHaveLength(MINHASH_LENGTH);
    for (let i = 1; i < shingles.length; i++) expect(shingleIdentity(shingles[i]!)).toBeGreaterThan(shingleIdentity(shingles[i - 1]!));
    const kinds = Array.from(shingles, shingleKind);
    expect(kinds.filter((k) => k === ShingleKind.distinctiveNumber)).toHaveLength(2); // 3179, 1519
    expect(kinds.filter((k) => k === ShingleKind.name)).toHaveLength(1); // Aleppo
  });

  it('estimates weighted Jaccard from MinHash within sampling error', () => {
    const pairs = [
      [CLAIM, 'The Russian Reconciliation Center said 3,179 people left eastern Aleppo through humanitarian corridors on Monday.'],
      ['Unemployment fell to 4.1 percent in March, the lowest since 2000.', 'The unemployment rate dropped to 4.1% in March.'],
      [CLAIM, 'Oil prices fell below $30 a barrel for the first time since 2003.'],
    ];
    for (const [a, b] of pairs) {
      const sa = computeSignature(a!);
      const sb = computeSignature(b!);
      // 128 values: standard error ≤ 0.045; allow three of them.
      // MinHash samples the words (no pairs): see claimWordShingles.
      const words = (text: string): Uint32Array => claimWordShingles(normaliseClaim(text));
      expect(Math.abs(estimateJaccard(sa.minHashes, sb.minHashes) - weightedJaccard(words(a!), words(b!)))).toBeLessThan(0.135);
    }
  });
});

describe('signatureBandKeys', () => {
  it('gives one key per band: band × 2³² + the band’s 32-bit hash, a safe integer for a bigint column', () => {
    const keys = signatureBandKeys(computeSignature(CLAIM));
    expect(keys).toHaveLength(LSH_BANDS);
    expect(new Set(keys).size).toBe(LSH_BANDS);
    keys.forEach((key, band) => {
      expect(Number.isSafeInteger(key)).toBe(true);
      expect(Math.floor(key / 2 ** 32)).toBe(band);
    });
  });

  it('gives no keys for a claim without words', () => {
    expect(signatureBandKeys(computeSignature('…'))).toEqual([]);
  });

  it('shares keys between rewordings, not between unrelated claims', () => {
    const keys = new Set(signatureBandKeys(computeSignature(CLAIM)));
    const shared = (text: string): number => signatureBandKeys(computeSignature(text)).filter((key) => keys.has(key)).length;
    expect(
      shared('The Russian Reconciliation Center said 3,179 people including 1,519 children left eastern Aleppo via humanitarian corridors'),
    ).toBe(LSH_BANDS);
    expect(shared('Oil prices fell below $30 a barrel for the first time since 2003.')).toBe(0);
  });
});

describe('serializeSignature / deserializeSignature', () => {
  it('round-trips through JSON text, with hashes as signed 32-bit integers', () => {
    const signature = computeSignature('Turkey did not shoot down the Russian jet, the ministry said.');
    const serialized = serializeSignature(signature);
    expect(serialized.version).toBe(SIGNATURE_VERSION);
    for (const value of [...serialized.minHashes, ...serialized.shingles]) {
      expect(Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31).toBe(true);
    }
    const back = deserializeSignature(JSON.stringify(serialized));
    expect(back).not.toBeNull();
    expect(Array.from(back!.minHashes)).toEqual(Array.from(signature.minHashes));
    expect(Array.from(back!.shingles)).toEqual(Array.from(signature.shingles));
    expect(back!.negated).toBe(true);
    expect(signatureBandKeys(back!)).toEqual(signatureBandKeys(signature));
  });

  it('restores the shingle order if storage shuffled it', () => {
    const signature = computeSignature(CLAIM);
    const serialized = serializeSignature(signature);
    const back = deserializeSignature({ ...serialized, shingles: [...serialized.shingles].reverse() });
    expect(Array.from(back!.shingles)).toEqual(Array.from(signature.shingles));
  });

  it('returns null for anything that is not a signature of this version', () => {
    const valid = serializeSignature(computeSignature(CLAIM));
    for (const value of [
      null,
      42,
      'not json',
      '{}',
      { ...valid, version: SIGNATURE_VERSION + 1 },
      { ...valid, minHashes: valid.minHashes.slice(1) },
      { ...valid, shingles: [1.5] },
      { ...valid, shingles: ['1'] },
      { ...valid, negated: 'no' },
    ]) {
      expect(deserializeSignature(value)).toBeNull();
    }
  });
});
