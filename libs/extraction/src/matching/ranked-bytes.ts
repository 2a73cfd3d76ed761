import { shinglesToBytes } from './signature';
import { sortedUniqueShingles } from './shingles';
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
  return rankedClaimsFromBytes([bytes])[0] ?? null;
}

/** Where a ranked claim's parts lie in its bytes, or null for a header rankedClaimToBytes could not have written. */
interface Layout {
  negated: boolean;
  figures: number;
  story: number;
  shingles: number;
}

function layoutOf(bytes: Uint8Array): Layout | null {
  if (bytes.length < HEADER) return null;
  const flags = bytes[0] as number;
  const figures = ((bytes[1] as number) << 8) | (bytes[2] as number);
  const story = ((bytes[3] as number) << 8) | (bytes[4] as number);
  const shinglesAt = HEADER + figures * 8 + story * 4;
  if ((flags & ~NEGATED) !== 0 || figures % 3 !== 0 || shinglesAt > bytes.length || (bytes.length - shinglesAt) % 4 !== 0) return null;
  return { negated: (flags & NEGATED) !== 0, figures, story, shingles: (bytes.length - shinglesAt) / 4 };
}

/** Whether this host stores a Uint32Array's elements little-endian, as the shingles are stored. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Eight bytes read as a big-endian float64 through one reused view: no DataView per claim. */
const float64Bytes = new Uint8Array(8);
const float64View = new DataView(float64Bytes.buffer);

/**
 * Many claims' bytes back at once (a lookup's candidates), null for bytes rankedClaimToBytes
 * could not have written. Their figures, story hashes and shingles are views of two arrays
 * allocated for all of them, not three arrays a claim: a lookup reads a hundred candidates
 * (an article's, a few thousand), and bench:matching found the allocations of one typed array
 * and DataView after another to be most of its client's garbage collection.
 */
export function rankedClaimsFromBytes(list: readonly Uint8Array[]): Array<RankedClaim | null> {
  const layouts = list.map(layoutOf);
  let figureTotal = 0;
  let hashTotal = 0;
  for (const layout of layouts) {
    if (!layout) continue;
    figureTotal += layout.figures;
    hashTotal += layout.story + layout.shingles;
  }
  const figureArena = new Float64Array(figureTotal);
  const hashArena = new Uint32Array(hashTotal);
  let figureAt = 0;
  let hashAt = 0;
  return list.map((bytes, i) => {
    const layout = layouts[i];
    if (!layout) return null;
    const figures = figureArena.subarray(figureAt, figureAt + layout.figures);
    const story = hashArena.subarray(hashAt, hashAt + layout.story);
    let shingles: Uint32Array = hashArena.subarray(hashAt + layout.story, hashAt + layout.story + layout.shingles);
    figureAt += layout.figures;
    hashAt += layout.story + layout.shingles;
    let at = HEADER;
    for (let f = 0; f < figures.length; f++, at += 8) {
      for (let b = 0; b < 8; b++) float64Bytes[b] = bytes[at + b] as number;
      const value = float64View.getFloat64(0);
      if (Number.isNaN(value)) return null;
      figures[f] = value;
    }
    for (let h = 0; h < story.length; h++, at += 4)
      story[h] =
        (((bytes[at] as number) << 24) |
          ((bytes[at + 1] as number) << 16) |
          ((bytes[at + 2] as number) << 8) |
          (bytes[at + 3] as number)) >>>
        0;
    if (LITTLE_ENDIAN) {
      // The stored order is the host's: one copy of the bytes into the arena, not four reads a shingle.
      new Uint8Array(shingles.buffer, shingles.byteOffset, shingles.length * 4).set(bytes.subarray(at, at + shingles.length * 4));
    } else {
      for (let h = 0; h < shingles.length; h++, at += 4)
        shingles[h] =
          ((bytes[at] as number) |
            ((bytes[at + 1] as number) << 8) |
            ((bytes[at + 2] as number) << 16) |
            ((bytes[at + 3] as number) << 24)) >>>
          0;
    }
    let ascending = true;
    for (let h = 1; h < shingles.length && ascending; h++) if ((shingles[h] as number) <= (shingles[h - 1] as number)) ascending = false;
    // Ranking merges sorted lists: restore the order whatever the storage did to it.
    if (!ascending) shingles = sortedUniqueShingles(Array.from(shingles));
    return { shingles, negated: layout.negated, figures, story };
  });
}
