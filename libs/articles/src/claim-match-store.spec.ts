import {
  claimSimilarity,
  FIRST_STORY_BAND_KEY,
  MATCH_SUGGEST_THRESHOLD,
  rankedClaimToBytes,
  signArticleClaims,
  signatureBandKeys,
  type ClaimSignature,
} from '@factdesk/extraction';
import {
  bucketCap,
  CANDIDATES_PER_BAND,
  CANDIDATES_PER_STORY_KEY,
  findMatchCandidates,
  rankCandidates,
  type MatchCandidate,
  type RunQuery,
} from './claim-match-store';
import { TERMS_PER_CLAIM } from './figure-ranges';

/**
 * Rows as the lookup statement returns them, for stored claims `stored` filed under `keysOf(i)` of the keys asked
 * for (`$1`, whose positions the statement sends), and `leftOut` as its last row sends what the caps left out.
 */
function lookupRows(
  stored: ClaimSignature[],
  keysOf: (i: number) => number[],
  leftOut?: { capped: number; entries: number; exact: boolean },
): RunQuery {
  return async (_sql, [asked]) => {
    const positions = (asked as string).slice(1, -1).split(',').map(Number);
    const rows: Array<Record<string, unknown>> = stored.map((signature, i) => ({
      claim_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      // As PostgreSQL's encode(…, 'base64') writes it: a line break every 76 characters.
      packed: Buffer.from(rankedClaimToBytes(signature)).toString('base64').replace(/.{76}/g, '$&\n'),
      keys: keysOf(i)
        .map((key) => positions.indexOf(key) + 1)
        .join(','),
    }));
    if (leftOut) rows.push({ claim_id: null, packed: null, keys: `${leftOut.capped},${leftOut.entries},${leftOut.exact ? 1 : 0}` });
    return rows;
  };
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

  it("reads each candidate's band keys back from their positions among the keys asked for, and what the caps left out", async () => {
    const query = queried[0]!;
    const keys = signatureBandKeys(query);
    const lookup = await findMatchCandidates(
      lookupRows(stored, (i) => [keys[i]!, keys[keys.length - 1 - i]!], { capped: 3, entries: 140, exact: false }),
      [...keys, keys[0]!], // a key asked for twice is probed once
      null,
    );
    expect(lookup.probes).toBe(new Set(keys).size);
    expect(lookup.candidates.map((candidate) => candidate.bandKeys)).toEqual(stored.map((_, i) => [keys[i], keys[keys.length - 1 - i]]));
    expect(lookup.byBandKey.get(keys[1]!)?.map((candidate) => candidate.claimId)).toEqual([lookup.candidates[1]!.claimId]);
    expect([lookup.cappedBands, lookup.leftOut, lookup.leftOutExact]).toEqual([3, 140, false]);
    const exact = await findMatchCandidates(
      lookupRows(stored, () => [keys[0]!], { capped: 1, entries: 7, exact: true }),
      keys,
      null,
    );
    expect([exact.cappedBands, exact.leftOut, exact.leftOutExact]).toEqual([1, 7, true]);
    const none = await findMatchCandidates(
      lookupRows(stored, () => [keys[0]!]),
      keys,
      null,
    );
    expect([none.cappedBands, none.leftOut, none.leftOutExact]).toEqual([0, 0, true]);
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

describe('findMatchCandidates: the claims each key is asked for', () => {
  /** The statement's parameters for these keys and asking claims. */
  async function sent(keys: number[], askedFor: Array<{ bandKeys: number[]; figures: Float64Array }>): Promise<unknown[]> {
    let parameters: unknown[] = [];
    await findMatchCandidates(
      async (_sql, values) => {
        parameters = values;
        return [];
      },
      keys,
      null,
      undefined,
      askedFor,
    );
    return parameters;
  }
  // A count of 12 (measure 7): a compared figure, so each such claim has tests.
  const figures = new Float64Array([7, 12, 12]);

  it('files a key one claim asked for under that claim, and one no claim listed asked for under none', async () => {
    const [, , , , askers, values] = await sent([11, 12, 13], [{ bandKeys: [11, 12], figures }]);
    expect(askers).toBe('{1,1,0}');
    expect((values as string).split('","')).toHaveLength(TERMS_PER_CLAIM);
  });

  it('files a key several claims asked for under a row of the claims, and a claim without compared figures leaves its keys untested', async () => {
    const [, , , , askers, , , groups] = await sent(
      [11, 12, 13, 14],
      [
        { bandKeys: [11, 12, 14], figures },
        { bandKeys: [12, 13], figures },
        { bandKeys: [12, 14], figures },
        { bandKeys: [13], figures: new Float64Array(0) },
      ],
    );
    // 11: the first claim; 12: all three (row 1); 13: the second, then a claim without tests; 14: first and third (row 2).
    expect(askers).toBe('{1,-1,0,-2}');
    expect(groups).toBe('{{1,2,3},{1,3,1}}');
  });
});

describe('findMatchCandidates: the caps asked for', () => {
  const lshKey = 3 * 2 ** 32 + 42;
  const storyKey = FIRST_STORY_BAND_KEY + 42;

  /** The caps (`$2`) sent for `keys`, with `perBand` and `perStoryKey` as given. */
  async function capsSent(keys: number[], perBand?: number, perStoryKey?: number): Promise<unknown> {
    let caps: unknown;
    await findMatchCandidates(
      async (_sql, values) => {
        caps = values[1];
        return [];
      },
      keys,
      null,
      perBand,
      [],
      perStoryKey,
    );
    return caps;
  }

  it('takes fewer claims from a story key than from an LSH band', async () => {
    expect(CANDIDATES_PER_STORY_KEY).toBeLessThan(CANDIDATES_PER_BAND);
    expect(bucketCap(lshKey)).toBe(CANDIDATES_PER_BAND);
    expect(bucketCap(storyKey)).toBe(CANDIDATES_PER_STORY_KEY);
    expect(await capsSent([lshKey, storyKey])).toBe(`{${CANDIDATES_PER_BAND},${CANDIDATES_PER_STORY_KEY}}`);
  });

  it("asks a story key for its own cap, never more than an LSH band's", async () => {
    expect(await capsSent([lshKey, storyKey], 30, 7)).toBe('{30,7}');
    expect(await capsSent([lshKey, storyKey], 4, 7)).toBe('{4,4}');
    expect(bucketCap(storyKey, 30, 2)).toBe(2);
  });
});
