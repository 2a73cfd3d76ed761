import {
  claimSimilarity,
  MATCH_SUGGEST_THRESHOLD,
  parseFigures,
  shinglesFromBytes,
  shinglesToBytes,
  SIGNATURE_VERSION,
  signatureBandKeys,
  type ClaimSignature,
  type RankedClaim,
} from '@factdesk/extraction';

/** Runs one SQL statement and returns its rows (an EntityManager's `query`, or a pg client's, unwrapped). */
export type RunQuery = (sql: string, parameters: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * At most this many claims are taken from one band's bucket, newest first. A bucket
 * holds claims whose words agree on all of that band's MinHash rows; one with more
 * than this is a story restated many times (wire copy), whose newest restatements are
 * the likeliest match and whose older ones are linked to those already. What is left
 * out is counted and reported (MatchCandidates.leftOut), never dropped silently.
 */
export const CANDIDATES_PER_BAND = 50;

/** A stored claim that shares at least one band key with a query. */
export interface MatchCandidate {
  seq: string;
  claimId: string;
  articleId: string;
  signature: RankedClaim;
  /** Its band keys among those asked for: which query claims it is a candidate of. */
  bandKeys: number[];
}

/** The candidates of a lookup and what it cost: how many band probes, and what the per-band cap left out. */
export interface MatchCandidates {
  candidates: MatchCandidate[];
  probes: number;
  /** Band keys whose bucket held more than CANDIDATES_PER_BAND claims. */
  cappedBands: number;
  /** Bucket entries beyond the cap in those bands (a claim may be counted in several bands). */
  leftOut: number;
}

export interface SignedClaim {
  claimId: string;
  articleId: string;
  signature: ClaimSignature;
}

/**
 * Claims stored earlier that share a band key with `bandKeys`, from other articles than
 * `excludeArticleId`. One statement probes each key's bucket through the primary key of
 * `claim_band_keys` (a backward range scan, newest first, stopped after the cap + 1 rows,
 * so a bucket's size never costs more than that); a second fetches the candidates'
 * signatures by `seq` (one unique-index probe each). Only when a bucket overflowed does
 * a third count what the cap left out.
 */
export async function findMatchCandidates(
  query: RunQuery,
  bandKeys: readonly number[],
  excludeArticleId: string | null,
  perBand = CANDIDATES_PER_BAND,
): Promise<MatchCandidates> {
  const keys = [...new Set(bandKeys)];
  if (keys.length === 0) return { candidates: [], probes: 0, cappedBands: 0, leftOut: 0 };
  const probed = await query(
    `SELECT k.band_key, b.seq FROM unnest($1::bigint[]) AS k(band_key)
     CROSS JOIN LATERAL (
       SELECT seq FROM claim_band_keys WHERE band_key = k.band_key ORDER BY seq DESC LIMIT $2
     ) b`,
    [keys, perBand + 1],
  );
  const byKey = new Map<number, string[]>();
  for (const row of probed) {
    const key = Number(row.band_key);
    const seqs = byKey.get(key) ?? [];
    seqs.push(String(row.seq));
    byKey.set(key, seqs);
  }
  const keysBySeq = new Map<string, number[]>();
  const capped: number[] = [];
  for (const [key, seqs] of byKey) {
    if (seqs.length > perBand) capped.push(key);
    for (const seq of seqs.slice(0, perBand)) keysBySeq.set(seq, [...(keysBySeq.get(seq) ?? []), key]);
  }
  let leftOut = 0;
  if (capped.length > 0) {
    const [counted] = await query(`SELECT count(*)::bigint AS entries FROM claim_band_keys WHERE band_key = ANY($1::bigint[])`, [capped]);
    leftOut = Number(counted?.entries ?? 0) - capped.length * perBand;
  }
  if (keysBySeq.size === 0) return { candidates: [], probes: keys.length, cappedBands: capped.length, leftOut };

  const rows = await query(
    `SELECT seq, claim_id, article_id, shingles, figures, negated FROM claim_signatures
     WHERE seq = ANY($1::bigint[]) AND version = $2 AND ($3::uuid IS NULL OR article_id <> $3::uuid)`,
    [[...keysBySeq.keys()], SIGNATURE_VERSION, excludeArticleId],
  );
  const candidates: MatchCandidate[] = [];
  for (const row of rows) {
    const shingles = shinglesFromBytes(row.shingles as Uint8Array);
    const figures = parseFigures((row.figures as number[]).map((value) => (Number.isFinite(value) ? value : null)));
    if (!shingles || !figures) continue; // unreadable: the claim is signed again by signUnsigned
    const seq = String(row.seq);
    candidates.push({
      seq,
      claimId: row.claim_id as string,
      articleId: row.article_id as string,
      signature: { shingles, figures, negated: row.negated as boolean },
      bandKeys: keysBySeq.get(seq) ?? [],
    });
  }
  return { candidates, probes: keys.length, cappedBands: capped.length, leftOut };
}

/** The candidates that share a band with `signature`, scored with the engine's similarity, best first. */
export function rankCandidates(
  signature: ClaimSignature,
  candidates: readonly MatchCandidate[],
  limit: number,
  minSimilarity = MATCH_SUGGEST_THRESHOLD,
): Array<{ candidate: MatchCandidate; similarity: number }> {
  const keys = new Set(signatureBandKeys(signature));
  return candidates
    .filter((candidate) => candidate.bandKeys.some((key) => keys.has(key)))
    .map((candidate) => ({ candidate, similarity: claimSimilarity(signature, candidate.signature) }))
    .filter(({ similarity }) => similarity >= minSimilarity)
    .sort((a, b) => b.similarity - a.similarity || (a.candidate.claimId < b.candidate.claimId ? -1 : 1))
    .slice(0, limit);
}

/**
 * Stores the signatures and band keys of claims, in one statement. Claims without words have
 * no keys and are not stored; a claim already signed (two workers signing at start-up) is skipped.
 */
export async function storeSignatures(query: RunQuery, claims: readonly SignedClaim[]): Promise<void> {
  const input = claims
    .map(({ claimId, articleId, signature }) => ({
      claim_id: claimId,
      article_id: articleId,
      shingles: Buffer.from(shinglesToBytes(signature.shingles)).toString('hex'),
      // JSON has no Infinity: an unbounded high ("more than 400") travels as text.
      figures: Array.from(signature.figures, (value) => (Number.isFinite(value) ? value : 'Infinity')),
      negated: signature.negated,
      keys: signatureBandKeys(signature),
    }))
    .filter((row) => row.keys.length > 0);
  if (input.length === 0) return;
  await query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(claim_id uuid, article_id uuid, shingles text, figures jsonb, negated boolean, keys jsonb)
     ), signed AS (
       INSERT INTO claim_signatures (claim_id, article_id, version, shingles, figures, negated)
       SELECT claim_id, article_id, $2, decode(shingles, 'hex'),
              ARRAY(SELECT jsonb_array_elements_text(figures)::double precision), negated
       FROM input
       ON CONFLICT (claim_id) DO NOTHING
       RETURNING claim_id, seq
     )
     INSERT INTO claim_band_keys (band_key, seq)
     SELECT key::bigint, signed.seq FROM signed JOIN input USING (claim_id), jsonb_array_elements_text(input.keys) AS key`,
    [JSON.stringify(input), SIGNATURE_VERSION],
  );
}
