import { BucketTable } from './bucket-table';
import { ClaimStore, prepareQuery } from './claim-store';
import { bandHashes, LSH_BANDS } from './lsh';
import { signatureBandKeys, type ClaimSignature } from './signature';
import { storyKeyHashes } from './story';
import { MATCH_SUGGEST_THRESHOLD } from './thresholds';

export interface MatchQueryOptions {
  /** Leave out matches below this similarity. Default MATCH_SUGGEST_THRESHOLD. */
  minSimilarity?: number;
  /** At most this many matches, best first. Default 10. */
  limit?: number;
  /** Ids never to return (the claim itself, claims of the same article). */
  excludeIds?: ReadonlySet<string>;
}

export interface ClaimMatch {
  id: string;
  /** claimSimilarity of the stored claim and the query, in [0, 1]. */
  similarity: number;
}

const DEFAULT_LIMIT = 10;

/**
 * Stored claims, found again by a reworded claim without scanning them all:
 * MinHash/LSH. Each claim is filed under one key per band of its signature;
 * a query looks up its own LSH_BANDS keys, and only the claims filed under any
 * of them (the candidates) are ranked by their real similarity. Lookup cost
 * follows the number of candidates, not the number of stored claims.
 *
 * In memory and synchronous. Rebuild it from stored signatures at start-up, or
 * let the database do the candidate lookup with ClaimMatchIndex.bandKeys and
 * rank with claimSimilarity.
 */
export class ClaimMatchIndex {
  private readonly buckets = Array.from({ length: LSH_BANDS }, () => new BucketTable());
  private readonly store = new ClaimStore();
  /** Story keys (story.ts): a claim's numbers under its story's leading names; few claims have them. */
  private readonly storyBuckets = new BucketTable();
  /** Per document with story keys: its entries in storyBuckets, to take it out again. */
  private readonly storyEntries = new Map<number, number[]>();
  /** Reused between queries: the candidates' document numbers. */
  private candidateBuffer = new Int32Array(256);

  /** The keys a database should index for `signature` (see signatureBandKeys). */
  static bandKeys(signature: ClaimSignature): number[] {
    return signatureBandKeys(signature);
  }

  get size(): number {
    return this.store.size;
  }

  has(id: string): boolean {
    return this.store.docOf(id) !== undefined;
  }

  /** Stores a claim; an id already stored is replaced. A claim without words is stored but never matched. */
  add(id: string, signature: ClaimSignature): void {
    this.remove(id);
    const doc = this.store.insert(id, signature);
    if (signature.shingles.length === 0) return;
    const keys = bandHashes(signature.minHashes);
    for (let band = 0; band < LSH_BANDS; band++) {
      this.store.setBandEntry(doc, band, (this.buckets[band] as BucketTable).add(keys[band] as number, doc));
    }
    const storyKeys = storyKeyHashes(signature.story, signature.storyNumbers);
    if (storyKeys.length > 0)
      this.storyEntries.set(
        doc,
        storyKeys.map((key) => this.storyBuckets.add(key, doc)),
      );
  }

  /** Forgets a claim; false if the id was not stored. O(bands), however many claims share its buckets. */
  remove(id: string): boolean {
    const doc = this.store.docOf(id);
    if (doc === undefined) return false;
    for (let band = 0; band < LSH_BANDS; band++) {
      const entry = this.store.bandEntry(doc, band);
      if (entry >= 0) (this.buckets[band] as BucketTable).removeEntry(entry);
    }
    for (const entry of this.storyEntries.get(doc) ?? []) this.storyBuckets.removeEntry(entry);
    this.storyEntries.delete(doc);
    this.store.delete(doc);
    return true;
  }

  /** Stored claims similar to `signature`, most similar first (ties by id). */
  query(signature: ClaimSignature, options: MatchQueryOptions = {}): ClaimMatch[] {
    if (signature.shingles.length === 0) return [];
    const minSimilarity = options.minSimilarity ?? MATCH_SUGGEST_THRESHOLD;
    const query = prepareQuery(signature);
    const matches: ClaimMatch[] = [];
    const candidates = this.collectCandidates(bandHashes(signature.minHashes), storyKeyHashes(signature.story, signature.storyNumbers));
    for (let i = 0; i < candidates.length; i++) {
      const doc = candidates[i] as number;
      if (i > 0 && doc === candidates[i - 1]) continue; // found in several bands
      const similarity = this.store.similarityTo(doc, query, minSimilarity);
      if (similarity < minSimilarity) continue;
      const id = this.store.idOf(doc) as string;
      if (!options.excludeIds?.has(id)) matches.push({ id, similarity });
    }
    return best(matches, options.limit ?? DEFAULT_LIMIT);
  }

  /**
   * The same ranking by comparing the query with every stored claim: the exact
   * answer LSH approximates, and the baseline it is measured against. O(size).
   */
  queryByScan(signature: ClaimSignature, options: MatchQueryOptions = {}): ClaimMatch[] {
    if (signature.shingles.length === 0) return [];
    const minSimilarity = options.minSimilarity ?? MATCH_SUGGEST_THRESHOLD;
    const query = prepareQuery(signature);
    const matches: ClaimMatch[] = [];
    for (let doc = 0; doc < this.store.docLimit; doc++) {
      const id = this.store.idOf(doc);
      if (id === undefined || options.excludeIds?.has(id)) continue;
      const similarity = this.store.similarityTo(doc, query, minSimilarity);
      if (similarity >= minSimilarity) matches.push({ id, similarity });
    }
    return best(matches, options.limit ?? DEFAULT_LIMIT);
  }

  /** Bytes of the typed arrays behind the index (ids and the id map come on top). */
  get byteLength(): number {
    return this.store.byteLength + this.buckets.reduce((sum, table) => sum + table.byteLength, this.storyBuckets.byteLength);
  }

  /**
   * The documents filed under any of the keys, sorted (so duplicates are
   * neighbours and the store is read in address order), in a reused buffer.
   */
  private collectCandidates(keys: Uint32Array, storyKeys: readonly number[]): Int32Array {
    let count = 0;
    const collect = (doc: number): void => {
      if (count === this.candidateBuffer.length) {
        const bigger = new Int32Array(count * 2);
        bigger.set(this.candidateBuffer);
        this.candidateBuffer = bigger;
      }
      this.candidateBuffer[count++] = doc;
    };
    for (let band = 0; band < LSH_BANDS; band++) (this.buckets[band] as BucketTable).forEachDoc(keys[band] as number, collect);
    for (const key of storyKeys) this.storyBuckets.forEachDoc(key, collect);
    return this.candidateBuffer.subarray(0, count).sort();
  }
}

function best(matches: ClaimMatch[], limit: number): ClaimMatch[] {
  matches.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return matches.length > limit ? matches.slice(0, Math.max(0, limit)) : matches;
}
