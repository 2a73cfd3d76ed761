import { rankedClaimFromBytes, rankedClaimToBytes } from './ranked-bytes';
import { signArticleClaims } from './signature';
import type { RankedClaim } from './similarity';

const plain = (claim: RankedClaim) => ({
  shingles: Array.from(claim.shingles),
  negated: claim.negated,
  figures: Array.from(claim.figures),
  story: Array.from(claim.story),
});

describe('rankedClaimToBytes / rankedClaimFromBytes', () => {
  it('round-trips signed claims: shingles, figures (an unbounded high too), polarity and the story', () => {
    const signatures = signArticleClaims([
      'Officials in Velmora said more than 400 people had fled the district since March.',
      'The Velmora ministry did not confirm that 1,519 children were among them, Anselm Koret said.',
    ]);
    expect(signatures.some((signature) => signature.figures.includes(Infinity))).toBe(true);
    expect(signatures.some((signature) => signature.negated)).toBe(true);
    expect(signatures.every((signature) => signature.story.length > 0)).toBe(true);
    for (const signature of signatures)
      expect(plain(rankedClaimFromBytes(rankedClaimToBytes(signature)) as RankedClaim)).toEqual(plain(signature));
  });

  it('round-trips an empty claim (no checkable content) in the 5-byte header alone', () => {
    const empty: RankedClaim = { shingles: new Uint32Array(0), negated: false, figures: new Float64Array(0), story: new Uint32Array(0) };
    const bytes = rankedClaimToBytes(empty);
    expect(bytes.length).toBe(5);
    expect(plain(rankedClaimFromBytes(bytes) as RankedClaim)).toEqual(plain(empty));
  });

  it('reads bytes at an offset inside a larger buffer (as the driver hands a bytea)', () => {
    const claim: RankedClaim = {
      shingles: Uint32Array.of(4, 9, 0xfffffff0),
      negated: true,
      figures: Float64Array.of(123, 5, Infinity),
      story: Uint32Array.of(0x80000001, 7),
    };
    const bytes = rankedClaimToBytes(claim);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expect(plain(rankedClaimFromBytes(padded.subarray(3)) as RankedClaim)).toEqual(plain(claim));
  });

  it('lays out the header, big-endian figures and story, little-endian shingles (what the migration builds in SQL)', () => {
    const bytes = rankedClaimToBytes({
      shingles: Uint32Array.of(0x01020304),
      negated: true,
      figures: Float64Array.of(1, 2, Infinity),
      story: Uint32Array.of(0xa0b0c0d0),
    });
    expect(Buffer.from(bytes).toString('hex')).toBe(
      '01' + '0003' + '0001' + '3ff0000000000000' + '4000000000000000' + '7ff0000000000000' + 'a0b0c0d0' + '04030201',
    );
  });

  it('refuses bytes it could not have written rather than ranking garbage', () => {
    expect(rankedClaimFromBytes(new Uint8Array(4))).toBeNull(); // shorter than the header
    expect(rankedClaimFromBytes(Uint8Array.of(2, 0, 0, 0, 0))).toBeNull(); // unknown flag
    expect(rankedClaimFromBytes(Uint8Array.of(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toBeNull(); // figures not triples
    expect(rankedClaimFromBytes(Uint8Array.of(0, 0, 0, 0, 2, 0, 0, 0, 1))).toBeNull(); // story longer than the bytes
    expect(rankedClaimFromBytes(Uint8Array.of(0, 0, 0, 0, 0, 1, 2, 3))).toBeNull(); // not whole shingles
    const nan = rankedClaimToBytes({
      shingles: new Uint32Array(0),
      negated: false,
      figures: Float64Array.of(NaN, 1, 2),
      story: new Uint32Array(0),
    });
    expect(rankedClaimFromBytes(nan)).toBeNull();
  });

  it('throws instead of truncating a claim with more values than the header counts', () => {
    const figures = new Float64Array(0x10000 + 2);
    expect(() => rankedClaimToBytes({ shingles: new Uint32Array(0), negated: false, figures, story: new Uint32Array(0) })).toThrow(
      RangeError,
    );
  });
});
