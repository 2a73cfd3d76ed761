import { shinglesFromBytes, shinglesToBytes } from './signature';
import type { RankedClaim } from './similarity';

/**
 * What ranking needs of a stored claim (RankedClaim) as one byte string, for one bytea
 * column: a candidate is then one short value to fetch and read at offsets, not four
 * columns (two of them arrays) for PostgreSQL to form and the client to take apart.
 *
 *   byte 0        flags: bit 0 set when the claim is negated
 *   bytes 1–2     F, how many figure values (uint16, big-endian; a multiple of 3)
 *   bytes 3–4     S, how many story hashes (uint16, big-endian)
 *   F × 8 bytes   the figures, float64 big-endian (an unbounded high as Infinity)
 *   S × 4 bytes   the story hashes, uint32 big-endian
 *   the rest      the shingles, uint32 little-endian, ascending (shinglesToBytes)
 *
 * Figures and story are big-endian as PostgreSQL's float8send and int4send write them, the
 * shingles little-endian as the column they came from held them: so the migration that
 * introduced this builds it in SQL from the old columns, bytes copied, nothing computed.
 */
const HEADER = 5;
const NEGATED = 1;
const MAX_COUNT = 0xffff;

export function rankedClaimToBytes(claim: RankedClaim): Uint8Array {
  const { figures, story } = claim;
  // Never cut short: a claim with more than the header can count is refused, not stored truncated.
  if (figures.length > MAX_COUNT || story.length > MAX_COUNT)
    throw new RangeError(`a ranked claim holds at most ${MAX_COUNT} figure values and story hashes`);
  const shingles = shinglesToBytes(claim.shingles);
  const bytes = new Uint8Array(HEADER + figures.length * 8 + story.length * 4 + shingles.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, claim.negated ? NEGATED : 0);
  view.setUint16(1, figures.length);
  view.setUint16(3, story.length);
  let at = HEADER;
  for (const value of figures) {
    view.setFloat64(at, value);
    at += 8;
  }
  for (const hash of story) {
    view.setUint32(at, hash);
    at += 4;
  }
  bytes.set(shingles, at);
  return bytes;
}

/** rankedClaimToBytes's bytes back; null for bytes it could not have written. */
export function rankedClaimFromBytes(bytes: Uint8Array): RankedClaim | null {
  if (bytes.length < HEADER) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint8(0);
  const figureCount = view.getUint16(1);
  const storyCount = view.getUint16(3);
  const shinglesAt = HEADER + figureCount * 8 + storyCount * 4;
  if ((flags & ~NEGATED) !== 0 || figureCount % 3 !== 0 || shinglesAt > bytes.length) return null;
  const figures = new Float64Array(figureCount);
  let at = HEADER;
  for (let i = 0; i < figureCount; i++, at += 8) {
    const value = view.getFloat64(at);
    if (Number.isNaN(value)) return null;
    figures[i] = value;
  }
  const story = new Uint32Array(storyCount);
  for (let i = 0; i < storyCount; i++, at += 4) story[i] = view.getUint32(at);
  const shingles = shinglesFromBytes(bytes.subarray(shinglesAt));
  if (!shingles) return null;
  return { shingles, negated: (flags & NEGATED) !== 0, figures, story };
}
