import { bandHashes, bandKey } from './lsh';
import { MINHASH_LENGTH, minHash } from './minhash';
import { hasCheckableContent } from './checkable-content';
import { packFigures } from './figures';
import { normaliseClaim, type NormalisedClaim } from './normalise';
import { claimShingles, claimWordShingles, sortedUniqueShingles } from './shingles';
import { NO_STORY, storyBandKeys, storyFingerprint, storyNumbers } from './story';
import { withFutureDates } from './when';
import { articleDateOf, withArticleYears } from './article-date';

/**
 * Bumped whenever normalisation, shingling, weights or hashing change:
 * signatures of another version are not comparable; recompute them from the text.
 */
export const SIGNATURE_VERSION = 40;

/** What claim matching needs to know about a claim: about 0.6 KB, computed once and stored. */
export interface ClaimSignature {
  /** MinHash values (MINHASH_LENGTH of them) of the weighted set of its words (no pairs): the source of the LSH band keys. */
  readonly minHashes: Uint32Array;
  /**
   * The claim's shingles (words and word pairs), each a 30-bit hash with its
   * ShingleKind (word, name, common or distinctive number) in the low 2 bits,
   * ascending: for ranking candidates.
   */
  readonly shingles: Uint32Array;
  /** The claim is negated ("did not", "never", "no"): a negated and a plain claim are not the same claim. */
  readonly negated: boolean;
  /**
   * The figures it states, as (measure hash, low, high) triples (see figures.ts):
   * two claims whose figures for one measure differ are never matched.
   */
  readonly figures: Float64Array;
  /**
   * The fingerprint of the story its article tells (see story.ts): the article's leading
   * names, hashed; empty for a claim signed alone or an article that names nothing.
   */
  readonly story: Uint32Array;
  /** The numbers it is filed under in its story (see storyNumbers), hashed: for its band keys, not for ranking. */
  readonly storyNumbers: Uint32Array;
}

/** A signature as JSON: hashes as signed 32-bit integers, so they fit a PostgreSQL integer[] column. */
export interface SerializedClaimSignature {
  version: number;
  minHashes: number[];
  shingles: number[];
  negated: boolean;
  /** (measure hash, low, high) triples; an unbounded high ("more than 400,000") as null. */
  figures: Array<number | null>;
  /** The story fingerprint, as signed 32-bit integers. */
  story: number[];
  storyNumbers: number[];
}

/**
 * The signature of a claim's text. Deterministic, pure, never throws. A claim without
 * checkable content (boilerplate, or too few words: see hasCheckableContent) gets an empty
 * one: stored as signed, filed under no band key, never matched.
 */
export function computeSignature(text: string): ClaimSignature {
  const claim = normaliseClaim(text);
  return signNormalised(claim, hasCheckableContent(typeof text === 'string' ? text : '', claim), NO_STORY);
}

/**
 * The signatures of one article's claims, in order, each with the article's story
 * fingerprint (storyFingerprint of its claims with checkable content): what production and the eval sign an
 * article's claims with. Each claim is normalised once.
 */
export function signArticleClaims(texts: readonly string[]): ClaimSignature[] {
  // A dated article's "last year", "next season" are years another outlet writes as such (article-date.ts).
  const date = articleDateOf(texts);
  const claims = texts.map((text) => {
    const claim = normaliseClaim(text);
    return date === undefined ? claim : withArticleYears(claim, text, date);
  });
  // Asked once per claim: the story and the claim's own signature both need it.
  const checkable = claims.map((claim, i) => hasCheckableContent(typeof texts[i] === 'string' ? texts[i] : '', claim));
  // Credits and other furniture name photographers and editors, not the story.
  const story = storyFingerprint(claims.filter((_, i) => checkable[i]));
  // A date later than every year the article tells as past is a future one ("starts in 2027" after "rose in 2025").
  const timeFrames = withFutureDates(
    claims.map((claim) => claim.timeFrames),
    texts,
  );
  return claims.map((claim, i) =>
    signNormalised({ ...claim, timeFrames: timeFrames[i] ?? claim.timeFrames }, checkable[i] as boolean, story),
  );
}

/** `checkable`: hasCheckableContent of the claim's text (an empty signature when false). */
function signNormalised(claim: NormalisedClaim, checkable: boolean, story: Uint32Array): ClaimSignature {
  if (!checkable) return emptySignature();
  const shingles = claimShingles(claim);
  return {
    minHashes: minHash(claimWordShingles(claim)),
    shingles,
    negated: claim.negated,
    figures: packFigures(claim.figures, claim.timeFrames, claim.subject),
    story,
    storyNumbers: storyNumbers(claim, story),
  };
}

function emptySignature(): ClaimSignature {
  return {
    minHashes: new Uint32Array(MINHASH_LENGTH),
    shingles: new Uint32Array(0),
    negated: false,
    figures: new Float64Array(0),
    story: NO_STORY,
    storyNumbers: NO_STORY,
  };
}

/**
 * The claim's band keys (see bandKey): one per LSH band, then its story keys (its numbers
 * under its story's leading names, see storyBandKeys). Store them in an indexed column:
 * claims that share any key with a query are its candidates. A claim without words has no
 * keys (it would otherwise collide with every other empty claim).
 */
export function signatureBandKeys(signature: ClaimSignature): number[] {
  if (signature.shingles.length === 0) return [];
  const keys = Array.from(bandHashes(signature.minHashes), (hash, band) => bandKey(band, hash));
  for (const key of storyBandKeys(signature.story, signature.storyNumbers)) keys.push(key);
  return keys;
}

export function serializeSignature(signature: ClaimSignature): SerializedClaimSignature {
  return {
    version: SIGNATURE_VERSION,
    minHashes: Array.from(signature.minHashes, (hash) => hash | 0),
    shingles: Array.from(signature.shingles, (hash) => hash | 0),
    negated: signature.negated,
    figures: Array.from(signature.figures, (value) => (Number.isFinite(value) ? value : null)),
    story: Array.from(signature.story, (hash) => hash | 0),
    storyNumbers: Array.from(signature.storyNumbers, (hash) => hash | 0),
  };
}

/**
 * A stored signature back, or null if it is not a valid one of this version
 * (then recompute it from the claim's text). Accepts the JSON text or the parsed value.
 */
export function deserializeSignature(value: unknown): ClaimSignature | null {
  let data = value;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, minHashes, shingles, negated, figures, story, storyNumbers: numbers } = data as Partial<SerializedClaimSignature>;
  if (version !== SIGNATURE_VERSION || typeof negated !== 'boolean') return null;
  if (!isHashList(minHashes) || minHashes.length !== MINHASH_LENGTH || !isHashList(shingles) || !isHashList(story)) return null;
  if (!isHashList(numbers)) return null;
  const packedFigures = parseFigures(figures);
  if (!packedFigures) return null;
  return {
    minHashes: Uint32Array.from(minHashes, (hash) => hash >>> 0),
    // Ranking merges sorted lists: restore the order whatever the storage did to it.
    shingles: sortedUniqueShingles(shingles.map((hash) => hash >>> 0)),
    negated,
    figures: packedFigures,
    story: Uint32Array.from(story, (hash) => hash >>> 0),
    storyNumbers: Uint32Array.from(numbers, (hash) => hash >>> 0),
  };
}

/** Stored figures back: triples of numbers, an unbounded high stored as null; null for anything else. */
export function parseFigures(values: unknown): Float64Array | null {
  if (!Array.isArray(values) || values.length % 3 !== 0) return null;
  const packed = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value: unknown = values[i];
    if (value === null && i % 3 === 2) packed[i] = Infinity;
    else if (typeof value === 'number' && !Number.isNaN(value)) packed[i] = value;
    else return null;
  }
  return packed;
}

/** Integers that are 32-bit hashes, signed (as serialised) or unsigned. */
function isHashList(values: unknown): values is number[] {
  return Array.isArray(values) && values.every((v) => Number.isInteger(v) && v >= -0x80000000 && v <= 0xffffffff);
}

/** Packed shingles as bytes (uint32, little-endian) for a bytea column: 4 bytes each, no JSON. */
export function shinglesToBytes(shingles: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(shingles.length * 4);
  const view = new DataView(bytes.buffer);
  shingles.forEach((shingle, i) => view.setUint32(i * 4, shingle, true));
  return bytes;
}
