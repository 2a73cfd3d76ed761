import { rankedClaimFromBytes, rankedClaimsFromBytes, rankedClaimToBytes } from './ranked-bytes';
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

  it('reads many claims at once as reading each alone, an unreadable one among them null and taking no room of the others', () => {
    const claims: RankedClaim[] = [
      {
        shingles: Uint32Array.of(4, 9, 0xfffffff0),
        negated: true,
        figures: Float64Array.of(123, 5, Infinity),
        story: Uint32Array.of(0x80000001, 7),
      },
      { shingles: new Uint32Array(0), negated: false, figures: new Float64Array(0), story: new Uint32Array(0) },
      { shingles: Uint32Array.of(1, 2), negated: false, figures: Float64Array.of(-1, 0.5, 2, 3, 4, 5), story: Uint32Array.of(3) },
    ];
    const nan = rankedClaimToBytes({
      shingles: Uint32Array.of(8),
      negated: false,
      figures: Float64Array.of(NaN, 1, 2),
      story: Uint32Array.of(5),
    });
    const list = [
      rankedClaimToBytes(claims[0]!),
      Uint8Array.of(0, 0, 0, 0, 0, 1),
      nan,
      rankedClaimToBytes(claims[1]!),
      rankedClaimToBytes(claims[2]!),
    ];
    const read = rankedClaimsFromBytes(list);
    expect(read.map((claim) => claim && plain(claim))).toEqual([plain(claims[0]!), null, null, plain(claims[1]!), plain(claims[2]!)]);
    expect(read.map((claim) => claim && plain(claim))).toEqual(
      list.map((bytes) => rankedClaimFromBytes(bytes)).map((claim) => claim && plain(claim)),
    );
  });

  it('reads shingles copied whole from bytes at any alignment, as slices of one shared buffer', () => {
    const claims: RankedClaim[] = [1, 2, 3].map((n) => ({
      shingles: Uint32Array.from({ length: 5 + n }, (_, i) => 0x10000 * n + 0x01020304 + i * 7),
      negated: n === 2,
      figures: Float64Array.of(n, n, n + 1),
      story: Uint32Array.from({ length: n }, (_, i) => i + 1),
    }));
    const encoded = claims.map((claim) => rankedClaimToBytes(claim));
    // One pool, each claim at an offset that is not a multiple of 4 (as the driver's Buffers share one).
    const pool = new Uint8Array(encoded.reduce((sum, bytes) => sum + bytes.length + 1, 0));
    let at = 0;
    const slices = encoded.map((bytes) => {
      at += 1;
      pool.set(bytes, at);
      const slice = pool.subarray(at, at + bytes.length);
      at += bytes.length;
      return slice;
    });
    expect(rankedClaimsFromBytes(slices).map((claim) => claim && plain(claim))).toEqual(claims.map(plain));
  });

  it('restores the ascending order of shingles stored out of order, without touching the next claim', () => {
    const unsorted = rankedClaimToBytes({
      shingles: Uint32Array.of(9, 4, 9),
      negated: false,
      figures: new Float64Array(0),
      story: new Uint32Array(0),
    });
    const next = rankedClaimToBytes({
      shingles: Uint32Array.of(1, 2),
      negated: false,
      figures: new Float64Array(0),
      story: Uint32Array.of(6),
    });
    const [first, second] = rankedClaimsFromBytes([unsorted, next]);
    expect(Array.from(first!.shingles)).toEqual([4, 9]);
    expect(plain(second!)).toEqual({ shingles: [1, 2], negated: false, figures: [], story: [6] });
  });
});
