import { figuresConflict } from './figures';
import { LSH_BANDS } from './lsh';
import type { ClaimSignature } from './signature';
import {
  claimTotals,
  measureOverlap,
  newOverlap,
  sameStoryAmount,
  scoreSimilarity,
  withAgreeingFigures,
  type ClaimTotals,
} from './similarity';
import { NO_STORY, storyRelation } from './story';
import { timeRelation } from './when';

const NO_FIGURES = new Float64Array(0);

const MIN_DOCS = 64;
const MIN_POOL = 1024;
/** Compact the shingle pool once removed claims waste more than half of it. */
const MAX_GARBAGE_SHARE = 0.5;

/** Per-document fields, side by side so that ranking a candidate reads one cache line. */
const START = 0; // first pool index of its shingles
const COUNT = 1; // how many shingles
const WEIGHT = 2; // sum of their weights
const KEY_TERMS = 3; // names | negated << 30
const FIELDS = 4;
const KEY_TERM_MASK = 0x7fff;

/** A query signature with the totals it is compared by, worked out once per query. */
export interface PreparedQuery {
  signature: ClaimSignature;
  totals: ClaimTotals;
}

export function prepareQuery(signature: ClaimSignature): PreparedQuery {
  return { signature, totals: claimTotals(signature.shingles, signature.negated) };
}

/**
 * What the index keeps per stored claim, by document number: its id, its
 * bucket entries (to take it out of the buckets again), and its shingles (to
 * rank it as a candidate). The shingles of all claims share one pooled Uint32Array, so a
 * million claims are a few typed arrays rather than millions of small
 * objects. MinHash values are not kept: the band keys are all the index needs
 * of them.
 */
export class ClaimStore {
  private readonly ids: Array<string | undefined> = [];
  private readonly docById = new Map<string, number>();
  private readonly freeDocs: number[] = [];
  private docCapacity = MIN_DOCS;
  /** Per document and band: its entry in that band's BucketTable, to take it out again. */
  private bandEntries = new Int32Array(MIN_DOCS * LSH_BANDS);
  private layout = new Int32Array(MIN_DOCS * FIELDS);
  private pool = new Uint32Array(MIN_POOL);
  private poolUsed = 0;
  private poolGarbage = 0;
  private readonly overlap = newOverlap();
  private readonly storedTotals: ClaimTotals = { weight: 0, names: 0, negated: false };
  /** Per document: its figures (see figures.ts), when it states any; kept apart as few claims have many. */
  private readonly figures: Array<Float64Array | undefined> = [];
  /** Per document: its story fingerprint (story.ts), when it has one; claims of one article share the array. */
  private readonly stories: Array<Uint32Array | undefined> = [];

  get size(): number {
    return this.docById.size;
  }

  /** One more than the highest document number in use: documents are 0 … docLimit − 1 (some may be free). */
  get docLimit(): number {
    return this.ids.length;
  }

  docOf(id: string): number | undefined {
    return this.docById.get(id);
  }

  idOf(doc: number): string | undefined {
    return this.ids[doc];
  }

  /** Document `doc`'s entry in band `band`'s BucketTable (−1 when it is in none: a claim without words). */
  bandEntry(doc: number, band: number): number {
    return this.bandEntries[doc * LSH_BANDS + band] as number;
  }

  setBandEntry(doc: number, band: number, entry: number): void {
    this.bandEntries[doc * LSH_BANDS + band] = entry;
  }

  /** Stores a claim under a new document number (the id must not be stored yet), in no band yet. */
  insert(id: string, signature: ClaimSignature): number {
    const doc = this.freeDocs.pop() ?? this.ids.length;
    if (doc >= this.docCapacity) this.growDocs();
    this.ids[doc] = id;
    this.docById.set(id, doc);
    this.bandEntries.fill(-1, doc * LSH_BANDS, (doc + 1) * LSH_BANDS);

    const count = signature.shingles.length;
    if (this.poolUsed + count > this.pool.length) this.growPool(count);
    const start = this.poolUsed;
    this.pool.set(signature.shingles, start);
    this.poolUsed += count;

    const totals = claimTotals(signature.shingles, signature.negated);
    const at = doc * FIELDS;
    this.layout[at + START] = start;
    this.layout[at + COUNT] = count;
    this.layout[at + WEIGHT] = totals.weight;
    this.layout[at + KEY_TERMS] = Math.min(totals.names, KEY_TERM_MASK) | ((totals.negated ? 1 : 0) << 30);
    this.figures[doc] = signature.figures.length > 0 ? signature.figures : undefined;
    this.stories[doc] = signature.story.length > 0 ? signature.story : undefined;
    return doc;
  }

  delete(doc: number): void {
    const id = this.ids[doc];
    if (id === undefined) return;
    this.docById.delete(id);
    this.ids[doc] = undefined;
    this.figures[doc] = undefined;
    this.stories[doc] = undefined;
    this.freeDocs.push(doc);
    this.poolGarbage += this.layout[doc * FIELDS + COUNT] as number;
    this.layout.fill(0, doc * FIELDS, (doc + 1) * FIELDS);
    if (this.poolGarbage > MIN_POOL && this.poolGarbage > this.poolUsed * MAX_GARBAGE_SHARE) this.compactPool();
  }

  /**
   * claimSimilarity(stored claim `doc`, query), read straight from the pool;
   * 0 without reading the shingles when the two weights alone rule out
   * reaching `minSimilarity` (when the smaller claim is wholly inside the larger)
   * or when their figures conflict.
   */
  similarityTo(doc: number, query: PreparedQuery, minSimilarity: number): number {
    const figures = this.figures[doc];
    if (figures && figuresConflict(figures, query.signature.figures)) return 0;
    const at = doc * FIELDS;
    const weight = this.layout[at + WEIGHT] as number;
    const queryWeight = query.totals.weight;
    const ratio = Math.min(weight, queryWeight) / Math.max(weight, queryWeight);
    if ((ratio + Math.sqrt(ratio)) / 2 < minSimilarity) return 0; // the best overlapScore these weights allow
    const start = this.layout[at + START] as number;
    const end = start + (this.layout[at + COUNT] as number);
    const { shingles } = query.signature;
    measureOverlap(this.pool, start, end, shingles, 0, shingles.length, this.overlap);
    withAgreeingFigures(this.overlap, figures ?? NO_FIGURES, query.signature.figures, weight, queryWeight);
    const keyTerms = this.layout[at + KEY_TERMS] as number;
    const stored = this.storedTotals;
    stored.weight = weight;
    stored.names = keyTerms & KEY_TERM_MASK;
    stored.negated = keyTerms >>> 30 === 1;
    const story = storyRelation(this.stories[doc] ?? NO_STORY, query.signature.story);
    return scoreSimilarity(
      this.overlap,
      stored,
      query.totals,
      story,
      timeRelation(figures ?? NO_FIGURES, query.signature.figures, sameStoryAmount(story)),
    );
  }

  /** Bytes held by typed arrays (for the benchmark's memory line; ids and the id map are extra). */
  get byteLength(): number {
    return this.bandEntries.byteLength + this.layout.byteLength + this.pool.byteLength;
  }

  private growDocs(): void {
    this.docCapacity *= 2;
    this.bandEntries = resized(this.bandEntries, this.docCapacity * LSH_BANDS);
    this.layout = resized(this.layout, this.docCapacity * FIELDS);
  }

  private growPool(needed: number): void {
    let length = this.pool.length;
    while (this.poolUsed + needed > length) length *= 2;
    this.pool = resized(this.pool, length);
  }

  /** Moves the live documents' shingles together, dropping what removed ones left behind. */
  private compactPool(): void {
    const pool = new Uint32Array(Math.max(MIN_POOL, this.pool.length));
    let used = 0;
    for (let doc = 0; doc < this.ids.length; doc++) {
      if (this.ids[doc] === undefined) continue;
      const start = this.layout[doc * FIELDS + START] as number;
      const count = this.layout[doc * FIELDS + COUNT] as number;
      pool.set(this.pool.subarray(start, start + count), used);
      this.layout[doc * FIELDS + START] = used;
      used += count;
    }
    this.pool = pool;
    this.poolUsed = used;
    this.poolGarbage = 0;
  }
}

function resized<T extends Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array.subarray(0, Math.min(array.length, length)));
  return bigger;
}
