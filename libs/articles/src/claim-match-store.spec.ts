import {
  claimSimilarity,
  MATCH_SUGGEST_THRESHOLD,
  rankedClaimToBytes,
  signArticleClaims,
  signatureBandKeys,
  type ClaimSignature,
} from '@factdesk/extraction';
import { findMatchCandidates, rankCandidates, type MatchCandidate, type RunQuery } from './claim-match-store';

/** Rows as the lookup statement returns them, for stored claims `stored` filed under `keysOf(i)` of the keys asked for. */
function lookupRows(stored: ClaimSignature[], keysOf: (i: number) => number[]): RunQuery {
  return async () =>
    stored.map((signature, i) => ({
      claim_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      // As PostgreSQL's encode(…, 'base64') writes it: a line break every 76 characters.
      packed: Buffer.from(rankedClaimToBytes(signature)).toString('base64').replace(/.{76}/g, '$&\n'),
      band_keys: keysOf(i).join(','),
      capped_bands: null,
      left_out: null,
    }));
}

/** The ranking by testing every candidate of the lookup for a shared key: what rankCandidates must equal. */
function rankedByScan(signature: ClaimSignature, candidates: readonly MatchCandidate[]) {
  const keys = new Set(signatureBandKeys(signature));
  return candidates
    .filter((candidate) => candidate.bandKeys.some((key) => keys.has(key)))
    .map((candidate) => ({ candidate, similarity: claimSimilarity(signature, candidate.signature) }))
    .filter(({ similarity }) => similarity >= MATCH_SUGGEST_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || (a.candidate.claimId < b.candidate.claimId ? -1 : 1));
}

describe('rankCandidates', () => {
  const stored = signArticleClaims([
    'The Quellmoor water board said 3,400 homes in Tarrin Vale were without supply on Sunday.',
    'Repairs to the Tarrin Vale main will cost the board 1.2 million pounds, its chief engineer said.',
    'About 60 volunteers handed out bottled water at the Quellmoor leisure centre.',
  ]);
  const queried = signArticleClaims([
    'Some 3,400 households in Tarrin Vale had no running water on Sunday, according to the Quellmoor water board.',
    'The chief engineer put the cost of repairing the main at £1.2 million.',
  ]);

  it('scores a candidate filed under several of the claim keys once', async () => {
    const query = queried[0]!;
    const keys = signatureBandKeys(query);
    const lookup = await findMatchCandidates(
      lookupRows([stored[0]!], () => keys.slice(0, 3)),
      keys,
      null,
    );
    expect(lookup.byBandKey.get(keys[0]!)).toHaveLength(1);
    const ranked = rankCandidates(query, lookup, 10);
    expect(ranked.map(({ candidate }) => candidate.claimId)).toEqual([lookup.candidates[0]!.claimId]);
  });

  it("leaves out a candidate that shares no band key with the claim, however alike: it is another claim's candidate", async () => {
    const [first, second] = queried as [ClaimSignature, ClaimSignature];
    // The stored restatement of the first claim, filed only under a key of the second claim.
    const lookup = await findMatchCandidates(
      lookupRows([stored[0]!], () => [signatureBandKeys(second)[0]!]),
      signatureBandKeys(first),
      null,
    );
    expect(claimSimilarity(first, lookup.candidates[0]!.signature)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
    expect(rankCandidates(first, lookup, 10)).toEqual([]);
  });

  it("ranks each claim of an article as testing every candidate of the article's lookup for a shared key would", async () => {
    const articleKeys = queried.flatMap((signature) => signatureBandKeys(signature));
    // Each stored claim filed under a different mix of the article's keys: some of one claim's, some of the other's.
    const lookup = await findMatchCandidates(
      lookupRows(stored, (i) => articleKeys.filter((_, k) => k % (i + 2) === 0)),
      articleKeys,
      null,
    );
    for (const signature of queried) {
      const expected = rankedByScan(signature, lookup.candidates);
      expect(rankCandidates(signature, lookup, 10)).toEqual(expected);
    }
    expect(queried.some((signature) => rankCandidates(signature, lookup, 10).length > 0)).toBe(true);
  });

  it('keeps at most `limit`, best first', async () => {
    const query = queried[0]!;
    const keys = signatureBandKeys(query);
    const lookup = await findMatchCandidates(
      lookupRows([stored[0]!, stored[0]!, stored[0]!], () => [keys[1]!]),
      keys,
      null,
    );
    const ranked = rankCandidates(query, lookup, 2);
    expect(ranked).toHaveLength(2);
    expect(ranked.map(({ candidate }) => candidate.claimId)).toEqual([lookup.candidates[0]!.claimId, lookup.candidates[1]!.claimId]);
  });
});
