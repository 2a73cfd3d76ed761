import {
  claimSimilarity,
  FIRST_STORY_BAND_KEY,
  MATCH_SUGGEST_THRESHOLD,
  rankedClaimsFromBytes,
  rankedClaimToBytes,
  SIGNATURE_VERSION,
  signatureBandKeys,
  type ClaimSignature,
  type RankedClaim,
} from '@factdesk/extraction';
import { preparedQuery } from '@factdesk/database';
import type { DataSource, EntityManager } from 'typeorm';
import { conflictTests, figureRangesLiteral, TERMS_PER_CLAIM } from './figure-ranges';

/** Runs one SQL statement and returns its rows. */
export type RunQuery = (sql: string, parameters: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * Statements as named prepared statements on `target`'s connection (its transaction's, for
 * an EntityManager in one): each lookup statement is planned once per connection, not per
 * call, which is most of what a lookup of a few index probes would otherwise cost.
 */
export function preparedRunner(target: DataSource | EntityManager): RunQuery {
  return (sql, parameters) => preparedQuery<Record<string, unknown>>(target, sql, parameters);
}

/**
 * At most this many claims are taken from one band's bucket, newest first, so a lookup
 * costs the same however large a bucket grows. A bucket holds claims whose words agree on
 * all of that band's MinHash rows; one with more than this is phrasing many claims share
 * (wire copy, a template of the news), whose newest restatements are the likeliest match
 * and whose older ones are linked to those already. A restatement rarely depends on such a
 * bucket: it shares several bands with its original, or one made of its names and figures,
 * whose bucket is small. bench:matching counts what the cap costs: with 1M stored claims,
 * 497 of 498 originals that share a band with their rewording were among the 3 newest of
 * some shared bucket, the last 39th of 67; at 20 that one was lost, at 50 none. What is
 * left out is counted and reported (MatchCandidates.leftOut), never dropped silently.
 */
export const CANDIDATES_PER_BAND = 50;

/**
 * What a cap leaves out of one bucket is counted up to this many entries; past it
 * MatchCandidates.leftOut is a lower bound (leftOutExact false). Counting every entry cost
 * a lookup in proportion to its buckets' sizes, which story keys of much-named people grow
 * without end: bench:matching at 1M counted 2,161 entries a lookup (0.27 of its 1.2 ms of
 * PostgreSQL CPU), the one part of the lookup that grew with the stored claims.
 */
export const LEFT_OUT_COUNTED_PER_BAND = 100;

/**
 * At most this many claims are taken from a story key's bucket (the claims of stories led by
 * one name that state one distinctive number), newest first. Such a bucket grows with every
 * article about a much-named person or place, and the restatement it exists for is of the
 * same news, so among its newest. bench:matching at 1M: 99 candidates a lookup with 50, 80
 * with 10, no true match left out either way; what the cap leaves out is counted as above.
 * At 5 (lookup7, signatures v23) PostgreSQL reads 601 → 536 shared buffers a lookup with no true
 * match left out, but 116 of 1,000 lookups' top-ten suggestions change (the best in 20): kept
 * at 10, since the p99 comes from full LSH buckets, not story keys (bench/HISTORY.md, lookup7).
 */
export const CANDIDATES_PER_STORY_KEY = 10;

/** How many claims a lookup takes from the bucket of `bandKey`: `perBand`, and at most `perStoryKey` for a story key. */
export function bucketCap(bandKey: number, perBand = CANDIDATES_PER_BAND, perStoryKey = CANDIDATES_PER_STORY_KEY): number {
  return bandKey >= FIRST_STORY_BAND_KEY ? Math.min(perBand, perStoryKey) : perBand;
}

/** A stored claim that shares at least one band key with a query. */
export interface MatchCandidate {
  claimId: string;
  signature: RankedClaim;
  /** Its band keys among those asked for: which query claims it is a candidate of. */
  bandKeys: number[];
}

/** The candidates of a lookup and what it cost: how many band probes, and what the per-band cap left out. */
export interface MatchCandidates {
  candidates: MatchCandidate[];
  /**
   * The candidates filed under each band key asked for: a claim of the article reaches its own
   * candidates through its keys (rankCandidates), not by testing every candidate of the article.
   */
  byBandKey: Map<number, MatchCandidate[]>;
  probes: number;
  /** Band keys whose bucket held more than its cap (bucketCap). */
  cappedBands: number;
  /**
   * Bucket entries beyond the cap in those bands (a claim may be counted in several bands),
   * at most LEFT_OUT_COUNTED_PER_BAND of each bucket.
   */
  leftOut: number;
  /** False when a bucket had LEFT_OUT_COUNTED_PER_BAND entries or more left out: leftOut is then a lower bound. */
  leftOutExact: boolean;
}

/** A claim a lookup is for: its band keys and its figures (ClaimSignature.figures). */
export interface AskingClaim {
  bandKeys: readonly number[];
  figures: Float64Array;
}

export interface SignedClaim {
  claimId: string;
  articleId: string;
  signature: ClaimSignature;
}

/**
 * The lookup's one statement (see findMatchCandidates), built once: a statement's text is its
 * prepared statement's name (preparedQuery hashes it), so text made anew on every call costs
 * a lookup the building and the hashing of a 1.5 kB string.
 *
 * A candidate row is three columns: its claim id, its signature and which of the keys asked for
 * it is filed under, as their 1-based positions in `$1` ("3,17", not the keys' 12-14 digits).
 * What the caps left out comes in one more row, with no claim id, as "capped buckets,entries
 * left out,1 when that count is exact (else 0)" in the same third column: a row of six columns,
 * three of them null on every candidate, cost the driver and PostgreSQL's output per candidate.
 *
 * A candidate kept by the caps whose figures conflict with those of every claim that asked for one of its keys
 * stays in PostgreSQL (conflictWith). Each key comes with its asking claim (`$5`, 1-based; 0 for a key that a
 * claim without compared figures asked for, or that no claim listed asked for: never tested), or, for a key
 * several claims asked for, −g: row g of `$8`, a two-dimensional array whose rows list such keys' claims (padded
 * with repeats of their first). A candidate all of whose keys one claim asked for (every candidate of a lookup
 * for one claim) is tested inline with that claim's TERMS_PER_CLAIM tests (`$6`, `$7`: claim n's are elements
 * (n − 1) × TERMS_PER_CLAIM + 1 to n × TERMS_PER_CLAIM); any other goes on if one of its keys' claims could link
 * to it, tested in a subquery over them. The caps and what they left out are counted before the test, as without it.
 */
/** SQL true when candidate `s`'s figures conflict with those of the asking claim numbered `asker` (an SQL expression). */
const conflictWith = (asker: string): string =>
  Array.from({ length: TERMS_PER_CLAIM }, (_, k) => {
    const at = `${asker} * ${TERMS_PER_CLAIM} - ${TERMS_PER_CLAIM - 1 - k}`;
    return `(NOT (($6::int8range[])[${at}] && ANY (s.figure_ranges)) AND NOT (($7::int8multirange[])[${at}] && ALL (s.figure_ranges)))`;
  }).join('\n           OR ');

const LOOKUP_SQL = `WITH probe AS MATERIALIZED (
     SELECT k.band_key, k.position, k.cap, k.asker, b.seq, b.n
       FROM unnest($1::bigint[], $2::int[], $5::int[]) WITH ORDINALITY AS k(band_key, cap, asker, position)
     CROSS JOIN LATERAL (
       SELECT seq, row_number() OVER (ORDER BY seq DESC) AS n FROM (
         SELECT seq FROM claim_band_keys WHERE band_key = k.band_key ORDER BY seq DESC LIMIT k.cap + 1
       ) bucket
     ) b
   ), kept AS (
     SELECT seq, array_agg(position) AS positions,
            CASE WHEN bool_or(asker = 0) THEN 0 WHEN min(asker) = max(asker) AND min(asker) > 0 THEN min(asker) ELSE -1 END AS asker
       FROM probe WHERE n <= cap GROUP BY seq
   )
   SELECT s.claim_id, encode(s.packed, 'base64') AS packed, array_to_string(kept.positions, ',') AS keys
     FROM kept JOIN claim_signatures s ON s.seq = kept.seq
    WHERE s.version = $3 AND ($4::uuid IS NULL OR s.article_id <> $4::uuid)
      AND (kept.asker = 0 OR s.figure_ranges IS NULL OR CASE WHEN kept.asker > 0 THEN NOT (
           ${conflictWith('kept.asker')})
           ELSE EXISTS (
             SELECT FROM unnest(kept.positions) AS at(position), LATERAL (SELECT ($5::int[])[at.position] AS claim) key,
                  unnest(CASE WHEN key.claim > 0 THEN ARRAY[key.claim] ELSE ($8::int[])[-key.claim:-key.claim] END) AS asker
              WHERE NOT (
           ${conflictWith('asker')})) END)
   UNION ALL
   SELECT NULL, NULL, concat_ws(',', count(*), sum(older.entries), bool_and(older.entries < ${LEFT_OUT_COUNTED_PER_BAND})::int)
     FROM probe first_left_out
     CROSS JOIN LATERAL (
       SELECT count(*) AS entries FROM (
         SELECT FROM claim_band_keys
          WHERE band_key = first_left_out.band_key AND seq <= first_left_out.seq
          ORDER BY seq DESC LIMIT ${LEFT_OUT_COUNTED_PER_BAND}
       ) counted
     ) older
    WHERE first_left_out.n > first_left_out.cap
   HAVING count(*) > 0`;

/**
 * Claims stored earlier that share a band key with `bandKeys`, from other articles than
 * `excludeArticleId`: one statement, one round trip. It probes each key's bucket through
 * the primary key of `claim_band_keys` (a backward index-only range scan, newest first,
 * stopped after the cap + 1 rows, so a bucket's size never costs more than that), fetches
 * the kept candidates' signatures by `seq` (one hash-index probe and heap page each) and, for a bucket
 * that overflowed, counts the entries from its first one left out down, up to
 * LEFT_OUT_COUNTED_PER_BAND (what the cap left out, returned in one extra row). Counting them in
 * the probe's own scan (cap + LEFT_OUT_COUNTED_PER_BAND entries, a window's count) touched fewer
 * buffers (bench:matching at 1M: 427 a lookup against 447) but cost PostgreSQL more CPU (1.24
 * against 1.16 ms a lookup, interleaved), so each overflowing bucket is scanned again.
 * The signatures come as base64 (PostgreSQL's encode, a line break every 76 characters, which
 * Buffer.from skips), not as the driver's bytea, hex: a third less to send, format and read,
 * about 13 kB of a lookup's 48 (at 1M, interleaved: the driver's CPU a lookup 0.62 -> 0.54 ms,
 * PostgreSQL's 1.16 -> 1.09 ms).
 *
 * `askedFor`, the claims the keys are asked for with their figures: a candidate whose figures conflict
 * with those of every claim that asked for one of its keys is left out in PostgreSQL (figure-ranges.ts):
 * it could link to none of them, and crossing the wire cost the rows' output, the driver and decoding.
 * Keys no claim listed asked for (or none listed) are looked up for any claim, unfiltered.
 */
export async function findMatchCandidates(
  query: RunQuery,
  bandKeys: readonly number[],
  excludeArticleId: string | null,
  perBand = CANDIDATES_PER_BAND,
  askedFor: readonly AskingClaim[] = [],
  perStoryKey = CANDIDATES_PER_STORY_KEY,
): Promise<MatchCandidates> {
  const keys = [...new Set(bandKeys)];
  if (keys.length === 0) return { candidates: [], byBandKey: new Map(), probes: 0, cappedBands: 0, leftOut: 0, leftOutExact: true };
  const { askers, groups, values, others } = figureTests(keys, askedFor);
  const rows = await query(
    LOOKUP_SQL,
    // The arrays as PostgreSQL's array literals: the driver would quote and escape each number.
    [
      `{${keys.join(',')}}`,
      `{${keys.map((key) => bucketCap(key, perBand, perStoryKey)).join(',')}}`,
      SIGNATURE_VERSION,
      excludeArticleId,
      `{${askers.join(',')}}`,
      `{${values.join(',')}}`,
      `{${others.join(',')}}`,
      groups,
    ],
  );
  const candidates: MatchCandidate[] = [];
  const byBandKey = new Map<number, MatchCandidate[]>();
  let cappedBands = 0;
  let leftOut = 0;
  let leftOutExact = true;
  const found: Array<Record<string, unknown>> = [];
  for (const row of rows) {
    if (row.claim_id !== null) {
      found.push(row);
      continue;
    }
    const [capped = 0, entries = 0, exact = 1] = numberList(row.keys as string);
    cappedBands = capped;
    leftOut = entries;
    leftOutExact = exact === 1;
  }
  // Read together: the candidates' arrays are views of a few arrays, not three of their own each.
  const signatures = rankedClaimsFromBytes(found.map((row) => Buffer.from(row.packed as string, 'base64')));
  for (let i = 0; i < found.length; i++) {
    const row = found[i] as Record<string, unknown>;
    const signature = signatures[i];
    if (!signature) continue; // unreadable: never written so by storeSignatures
    const candidate: MatchCandidate = { claimId: row.claim_id as string, signature, bandKeys: [] };
    for (const position of numberList(row.keys as string)) {
      const key = keys[position - 1] as number;
      candidate.bandKeys.push(key);
      const filed = byBandKey.get(key);
      if (filed) filed.push(candidate);
      else byBandKey.set(key, [candidate]);
    }
    candidates.push(candidate);
  }
  return { candidates, byBandKey, probes: keys.length, cappedBands, leftOut, leftOutExact };
}

/**
 * The lookup's figure tests (see LOOKUP_SQL): each key's asking claim, 1-based among those with tests, or 0 (asked
 * for by no claim of `askedFor`, or by one without compared figures: never tested), or −g for a key several claims
 * asked for, whose claims are row g of `groups` (padded with repeats of the row's first, as a two-dimensional
 * array's rows are of one length); and each asking claim's TERMS_PER_CLAIM tests as array literals' elements, padded
 * with a test that passes nothing (every candidate range overlaps the unbounded range).
 */
function figureTests(
  keys: readonly number[],
  askedFor: readonly AskingClaim[],
): { askers: number[]; groups: string; values: string[]; others: string[] } {
  const askersOf = new Map<number, number[]>();
  const values: string[] = [];
  const others: string[] = [];
  for (const claim of askedFor) {
    const tests = conflictTests(claim.figures);
    let asker = 0;
    if (tests.length > 0) {
      asker = values.length / TERMS_PER_CLAIM + 1;
      for (let k = 0; k < TERMS_PER_CLAIM; k++) {
        values.push(`"${tests[k]?.value ?? '(,)'}"`);
        others.push(`"${tests[k]?.others ?? '{}'}"`);
      }
    }
    for (const key of claim.bandKeys) {
      const earlier = askersOf.get(key);
      if (!earlier || asker === 0)
        askersOf.set(key, [asker]); // a claim without tests leaves the key untested
      else if (earlier[0] !== 0 && !earlier.includes(asker)) earlier.push(asker);
    }
  }
  const groups: number[][] = [];
  const askers = keys.map((key) => {
    const claims = askersOf.get(key) ?? [0];
    if (claims.length === 1) return claims[0] as number;
    groups.push(claims);
    return -groups.length;
  });
  const width = Math.max(0, ...groups.map((claims) => claims.length));
  const rows = groups.map((claims) => `{${Array.from({ length: width }, (_, i) => claims[i] ?? claims[0]).join(',')}}`);
  return { askers, groups: `{${rows.join(',')}}`, values, others };
}

/**
 * Numbers PostgreSQL sent joined by commas (`array_to_string(…, ',')`, `concat_ws(',', …)`):
 * a split, where the driver's array parser reads character by character.
 */
function numberList(text: string): number[] {
  return text === '' ? [] : text.split(',').map(Number);
}

/**
 * The candidates of `lookup` that share a band with `signature`, each scored once with the
 * engine's similarity, best first (ties by claim id). They are reached through the signature's own
 * band keys (MatchCandidates.byBandKey): an article's lookup holds a few thousand candidates, of
 * which one claim shares a band with about a hundred.
 */
export function rankCandidates(
  signature: ClaimSignature,
  lookup: Pick<MatchCandidates, 'byBandKey'>,
  limit: number,
  minSimilarity = MATCH_SUGGEST_THRESHOLD,
): Array<{ candidate: MatchCandidate; similarity: number }> {
  const scored = new Set<MatchCandidate>();
  const ranked: Array<{ candidate: MatchCandidate; similarity: number }> = [];
  for (const key of signatureBandKeys(signature)) {
    for (const candidate of lookup.byBandKey.get(key) ?? []) {
      if (scored.has(candidate)) continue;
      scored.add(candidate);
      const similarity = claimSimilarity(signature, candidate.signature);
      if (similarity >= minSimilarity) ranked.push({ candidate, similarity });
    }
  }
  return ranked.sort((a, b) => b.similarity - a.similarity || (a.candidate.claimId < b.candidate.claimId ? -1 : 1)).slice(0, limit);
}

/**
 * Stores the signatures and band keys of claims, in one statement. A claim without checkable
 * content has an empty signature and no keys: its row says it was signed, and no lookup finds
 * it. A claim already signed (two workers signing at start-up) is skipped.
 */
export async function storeSignatures(query: RunQuery, claims: readonly SignedClaim[]): Promise<void> {
  const input = claims.map(({ claimId, articleId, signature }) => ({
    claim_id: claimId,
    article_id: articleId,
    packed: Buffer.from(rankedClaimToBytes(signature)).toString('hex'),
    figure_ranges: figureRangesLiteral(signature.figures),
    keys: signatureBandKeys(signature),
  }));
  if (input.length === 0) return;
  await query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(claim_id uuid, article_id uuid, packed text, figure_ranges text, keys jsonb)
     ), signed AS (
       INSERT INTO claim_signatures (claim_id, article_id, version, packed, figure_ranges)
       SELECT claim_id, article_id, $2, decode(packed, 'hex'), figure_ranges::int8range[] FROM input
       ON CONFLICT (claim_id) DO NOTHING
       RETURNING claim_id, seq
     )
     INSERT INTO claim_band_keys (band_key, seq)
     SELECT key::bigint, signed.seq FROM signed JOIN input USING (claim_id), jsonb_array_elements_text(input.keys) AS key`,
    [JSON.stringify(input), SIGNATURE_VERSION],
  );
}
