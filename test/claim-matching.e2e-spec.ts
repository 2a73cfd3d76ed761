import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import {
  ArticleExtractionService,
  CANDIDATES_PER_BAND,
  CANDIDATES_PER_STORY_KEY,
  findMatchCandidates,
  LEFT_OUT_COUNTED_PER_BAND,
  preparedRunner,
  type MatchCandidates,
} from '@factdesk/articles';
import { ArticleStatus, Role } from '@factdesk/database';
import {
  computeSignature,
  figuresConflict,
  FIRST_STORY_BAND_KEY,
  LSH_BANDS,
  signArticleClaims,
  signatureBandKeys,
} from '@factdesk/extraction';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';

// One story told by several outlets in their own words and figures' spellings, and one
// claim alike in words whose figure differs.
const ORIGINAL = 'About a third of the 90,000 residents of Varnok have fled since the siege began in March, the relief agency said.';
const RESTATED = 'The relief agency said 33 percent of the 90,000 residents of Varnok had fled since March, when the siege began.';
const RESTATED_AGAIN = 'A third of the 90,000 residents of Varnok have fled since the siege began in March.';
const OTHER_FIGURE = 'About 40 percent of the 90,000 residents of Varnok have fled since the siege began in March, the relief agency said.';

interface MatchBody {
  id: string;
  claimId: string;
  articleId: string;
  articleTitle: string;
  text: string;
  similarity: number;
  status: string;
  direction: string;
  decidedBy: string | null;
  publishedVerdict: { id: string; rating: string; version: number } | null;
}

describe('Claim matches (GET /api/claims/:id matches, confirm and dismiss)', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let reviewer: TestUser;
  let worker: INestApplicationContext;
  const articles: Record<string, string> = {};
  const claims: Record<string, string> = {};

  async function submit(name: string, body: string): Promise<void> {
    const created = await as(reviewer).post('/api/articles', { title: `Varnok (${name})`, body });
    expect(created.status).toBe(201);
    articles[name] = created.body.id as string;
    await stack.waitForArticle(articles[name], ArticleStatus.Extracted);
    const [claim] = await stack.dataSource().query(`SELECT id FROM claims WHERE article_id = $1 AND check_worthy`, [articles[name]]);
    claims[name] = claim.id as string;
  }

  /**
   * Runs `check` with buckets of the given sizes filed under the given band keys: the newest
   * entry of each is the newest stored claim, the rest older (seqs below it); removed after.
   */
  const withBuckets = async (
    buckets: Array<[key: number, size: number]>,
    check: (run: ReturnType<typeof preparedRunner>) => Promise<void>,
  ): Promise<void> => {
    const db = stack.dataSource();
    const [{ seq: newest }] = await db.query(`SELECT max(seq)::int AS seq FROM claim_signatures`);
    for (const [key, size] of buckets) {
      await db.query(`INSERT INTO claim_band_keys (band_key, seq) SELECT $1::bigint, $2::int - g FROM generate_series(0, $3::int - 1) g`, [
        key,
        newest,
        size,
      ]);
    }
    try {
      await check(preparedRunner(db));
    } finally {
      await db.query(`DELETE FROM claim_band_keys WHERE band_key = ANY($1::bigint[])`, [buckets.map(([key]) => key)]);
    }
  };

  const matchesOf = async (name: string): Promise<MatchBody[]> => {
    const read = await as(reviewer).get(`/api/claims/${claims[name]}`);
    expect(read.status).toBe(200);
    return read.body.matches as MatchBody[];
  };

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    worker = await stack.startWorker();
    as = clientFor(stack);
    reviewer = await stack.createUser(Role.Reviewer, 'Rita Reviewer');
    await submit('original', ORIGINAL);
    await submit('restated', RESTATED);
    await submit('other figure', OTHER_FIGURE);
    await submit('restated again', RESTATED_AGAIN);
  });

  afterAll(() => stack.destroy());

  it('shows a match from both claims: the other claim, its article, text, similarity and status', async () => {
    const fromNewer = (await matchesOf('restated')).find((match) => match.claimId === claims.original);
    expect(fromNewer).toMatchObject({
      articleId: articles.original,
      articleTitle: 'Varnok (original)',
      text: ORIGINAL,
      status: 'confirmed',
      direction: 'earlier',
      decidedBy: null,
      publishedVerdict: null,
    });
    expect(fromNewer!.similarity).toBeGreaterThanOrEqual(0.7);

    const fromEarlier = (await matchesOf('original')).find((match) => match.claimId === claims.restated);
    expect(fromEarlier).toMatchObject({ id: fromNewer!.id, articleId: articles.restated, text: RESTATED, direction: 'later' });
  });

  it('never links claims whose figure for the same measure differs (a third against 40 percent)', async () => {
    expect(await matchesOf('other figure')).toEqual([]);
    for (const name of ['original', 'restated', 'restated again']) {
      expect((await matchesOf(name)).map((match) => match.claimId)).not.toContain(claims['other figure']);
    }
  });

  it("shows the matched claim's published verdict", async () => {
    const author = await stack.createUser(Role.Reviewer);
    const [verdict] = await stack.dataSource().query(
      `INSERT INTO verdicts (claim_id, version, author_id, rating, rationale, state, submitted_at, published_at)
       VALUES ($1, 1, $2, 'mostly-true', 'The agency''s registration figures bear it out.', 'published', now(), now()) RETURNING id`,
      [claims.original, author.id],
    );
    const match = (await matchesOf('restated')).find((item) => item.claimId === claims.original);
    expect(match!.publishedVerdict).toMatchObject({ id: verdict.id, rating: 'mostly-true', version: 1 });
    // The other direction: the newer claim has no verdict.
    expect((await matchesOf('original')).find((item) => item.claimId === claims.restated)!.publishedVerdict).toBeNull();
  });

  it('lets a reviewer confirm a match once, audited; a second decision is 409 from either side', async () => {
    const match = (await matchesOf('original')).find((item) => item.claimId === claims.restated)!;
    const confirmed = await as(reviewer).post(`/api/claims/${claims.original}/matches/${match.id}/confirm`, {
      note: 'Same figure, rounded.',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ id: match.id, status: 'confirmed', decidedBy: reviewer.id, claimId: claims.restated });

    const [audit] = await stack
      .dataSource()
      .query(`SELECT actor_id, details FROM audit_log WHERE action = 'claim_match.confirmed' AND entity_id = $1`, [match.id]);
    expect(audit).toMatchObject({ actor_id: reviewer.id, details: { note: 'Same figure, rounded.', from: 'confirmed' } });

    const again = await as(reviewer).post(`/api/claims/${claims.restated}/matches/${match.id}/dismiss`);
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('already confirmed');
  });

  it('lets a reviewer dismiss a match; it stays listed, dismissed, after the live ones', async () => {
    const match = (await matchesOf('restated again')).find((item) => item.claimId === claims.original)!;
    expect(match).toBeDefined();
    const dismissed = await as(reviewer).post(`/api/claims/${claims['restated again']}/matches/${match.id}/dismiss`, {});
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', decidedBy: reviewer.id });
    const listed = await matchesOf('restated again');
    expect(listed[listed.length - 1]).toMatchObject({ id: match.id, status: 'dismissed' });
    const audits = await stack
      .dataSource()
      .query(`SELECT 1 FROM audit_log WHERE action = 'claim_match.dismissed' AND entity_id = $1`, [match.id]);
    expect(audits).toHaveLength(1);
    expect((await as(reviewer).post(`/api/claims/${claims['restated again']}/matches/${match.id}/confirm`)).status).toBe(409);
  });

  it('answers 404 for an unknown claim or match, or a match of another claim, and 400 for a bad note', async () => {
    const match = (await matchesOf('original')).find((item) => item.claimId === claims.restated)!;
    expect((await as(reviewer).post(`/api/claims/${randomUUID()}/matches/${match.id}/confirm`)).status).toBe(404);
    expect((await as(reviewer).post(`/api/claims/${claims.original}/matches/${randomUUID()}/confirm`)).status).toBe(404);
    expect((await as(reviewer).post(`/api/claims/${claims['other figure']}/matches/${match.id}/dismiss`)).status).toBe(404);
    expect((await as(reviewer).post(`/api/claims/${claims.original}/matches/not-a-uuid/dismiss`)).status).toBe(404);
    expect((await as(reviewer).post(`/api/claims/${claims.original}/matches/${match.id}/dismiss`, { note: 42 })).status).toBe(400);
  });

  it('takes at most the cap per band key, newest first, and counts what the cap left out', async () => {
    const keys = signatureBandKeys(computeSignature(ORIGINAL));
    const run = preparedRunner(stack.dataSource());
    const sizes: Array<{ band_key: string; entries: string }> = await stack
      .dataSource()
      .query(`SELECT band_key, count(*) AS entries FROM claim_band_keys WHERE band_key = ANY($1::bigint[]) GROUP BY band_key`, [keys]);
    const overflowing = sizes.filter((bucket) => Number(bucket.entries) > 1);
    expect(overflowing.length).toBeGreaterThan(0); // three restatements share buckets

    const capped = await findMatchCandidates(run, keys, null, 1);
    expect(capped.probes).toBe(keys.length);
    expect(capped.cappedBands).toBe(overflowing.length);
    expect(capped.leftOut).toBe(overflowing.reduce((sum, bucket) => sum + Number(bucket.entries) - 1, 0));
    // Newest first: in an overflowing bucket, the claim kept is the one signed last.
    const [newest] = await stack
      .dataSource()
      .query(
        `SELECT s.claim_id FROM claim_band_keys b JOIN claim_signatures s ON s.seq = b.seq WHERE b.band_key = $1 ORDER BY b.seq DESC LIMIT 1`,
        [overflowing[0]!.band_key],
      );
    const keptThere = capped.candidates.filter((candidate) => candidate.bandKeys.includes(Number(overflowing[0]!.band_key)));
    expect(keptThere.map((candidate) => candidate.claimId)).toEqual([newest.claim_id]);

    const uncapped = await findMatchCandidates(run, keys, articles.original!);
    expect(uncapped).toMatchObject({ cappedBands: 0, leftOut: 0 });
    expect(uncapped.candidates.map((candidate) => candidate.claimId)).not.toContain(claims.original);
    expect(uncapped.candidates.map((candidate) => candidate.claimId)).toEqual(expect.arrayContaining([claims.restated]));
  });

  it("leaves out in PostgreSQL the candidates whose figures conflict with the asking claim's, and only those", async () => {
    const keys = signatureBandKeys(computeSignature(ORIGINAL));
    const run = preparedRunner(stack.dataSource());
    const idsOf = (found: MatchCandidates): string[] => found.candidates.map((candidate) => candidate.claimId).sort();
    const all = await findMatchCandidates(run, keys, null);
    expect(all.candidates.length).toBeGreaterThanOrEqual(4);
    const texts = [
      ORIGINAL,
      OTHER_FIGURE,
      'Nearly half of the 90,000 residents of Varnok have fled since the siege began in March.',
      'About a third of the 85,000 residents of Varnok have fled since the siege began in 2023.',
      'The relief agency said residents of Varnok have fled since the siege began.',
    ];
    let leftOut = 0;
    for (const text of texts) {
      const figures = computeSignature(text).figures;
      const filtered = await findMatchCandidates(run, keys, null, CANDIDATES_PER_BAND, [{ bandKeys: keys, figures }]);
      const couldLink = all.candidates.filter((candidate) => !figuresConflict(figures, candidate.signature.figures));
      expect([text, idsOf(filtered)]).toEqual([text, couldLink.map((candidate) => candidate.claimId).sort()]);
      expect([filtered.cappedBands, filtered.leftOut]).toEqual([all.cappedBands, all.leftOut]);
      leftOut += all.candidates.length - filtered.candidates.length;
    }
    expect(leftOut).toBeGreaterThan(0); // 40 percent against a third
    // Keys two claims asked for are tested for both: a candidate is left out only when it conflicts with each.
    let leftOutOfPairs = 0;
    for (const [i, first] of texts.entries()) {
      for (const second of texts.slice(i + 1)) {
        const [a, b] = [first, second].map((text) => computeSignature(text).figures) as [Float64Array, Float64Array];
        const both = await findMatchCandidates(run, keys, null, CANDIDATES_PER_BAND, [
          { bandKeys: keys, figures: a },
          { bandKeys: keys, figures: b },
        ]);
        const linkToEither = all.candidates.filter(
          (candidate) => !figuresConflict(a, candidate.signature.figures) || !figuresConflict(b, candidate.signature.figures),
        );
        expect([first, second, idsOf(both)]).toEqual([first, second, linkToEither.map((candidate) => candidate.claimId).sort()]);
        leftOutOfPairs += all.candidates.length - both.candidates.length;
      }
    }
    expect(leftOutOfPairs).toBeGreaterThan(0);
    // A claim's figures count only for the keys it asked for.
    const [other, original] = [OTHER_FIGURE, ORIGINAL].map((text) => computeSignature(text).figures) as [Float64Array, Float64Array];
    const otherOnly = await findMatchCandidates(run, keys, null, CANDIDATES_PER_BAND, [{ bandKeys: keys, figures: other }]);
    const otherAsking = await findMatchCandidates(run, keys, null, CANDIDATES_PER_BAND, [
      { bandKeys: keys, figures: other },
      { bandKeys: [], figures: original },
    ]);
    expect(idsOf(otherAsking)).toEqual(idsOf(otherOnly));
    expect(idsOf(otherOnly)).not.toContain(claims.original);
    // A claim without compared figures asking for the same keys keeps every candidate.
    const untested = await findMatchCandidates(run, keys, null, CANDIDATES_PER_BAND, [
      { bandKeys: keys, figures: other },
      { bandKeys: keys, figures: new Float64Array(0) },
    ]);
    expect(idsOf(untested)).toEqual(idsOf(all));
  });

  it('reads every candidate back as it was signed: shingles, figures (an unbounded high too), polarity and story', async () => {
    const db = stack.dataSource();
    await submit('unbounded', 'More than 400 residents of Varnok have fled since the siege began in March, the relief agency said.');
    const stored: Array<{ id: string; article_id: string; text: string }> = await db.query(
      `SELECT id, article_id, text FROM claims WHERE article_id = ANY($1::uuid[]) ORDER BY article_id, ordinal, id`,
      [Object.values(articles)],
    );
    const signed = new Map<string, ReturnType<typeof signArticleClaims>[number]>();
    for (const articleId of Object.values(articles)) {
      const ofArticle = stored.filter((claim) => claim.article_id === articleId);
      const signatures = signArticleClaims(ofArticle.map((claim) => claim.text));
      ofArticle.forEach((claim, i) => signed.set(claim.id, signatures[i]!));
    }
    const keys = [...signed.values()].flatMap((signature) => signatureBandKeys(signature));
    const { candidates } = await findMatchCandidates(preparedRunner(db), keys, null);
    expect(candidates.length).toBe([...signed.values()].filter((signature) => signature.shingles.length > 0).length);
    for (const candidate of candidates) {
      const signature = signed.get(candidate.claimId)!;
      expect(candidate.signature).toEqual({
        shingles: signature.shingles,
        figures: signature.figures,
        negated: signature.negated,
        story: signature.story,
      });
    }
    const figures = candidates.flatMap((candidate) => Array.from(candidate.signature.figures));
    expect(figures).toContain(Infinity);
    expect(candidates.some((candidate) => candidate.signature.story.some((hash) => hash >= 2 ** 31))).toBe(true);
  });

  it('takes fewer claims from a story key than from an LSH band, newest first, and counts the rest', async () => {
    // Buckets of one size under an LSH key and a story key.
    const size = CANDIDATES_PER_STORY_KEY + 5;
    const lshKey = 31 * 2 ** 32 + 123_456_789;
    const storyKey = FIRST_STORY_BAND_KEY + 987_654_321;
    await withBuckets(
      [
        [lshKey, size],
        [storyKey, size],
      ],
      async (run) => {
        const lsh = await findMatchCandidates(run, [lshKey], null);
        expect(lsh).toMatchObject({ cappedBands: 0, leftOut: 0 });
        const story = await findMatchCandidates(run, [storyKey], null);
        expect(story).toMatchObject({ cappedBands: 1, leftOut: size - CANDIDATES_PER_STORY_KEY });
        expect(story.candidates.map((candidate) => candidate.bandKeys)).toContainEqual([storyKey]);
      },
    );
  });

  it('counts what a cap leaves out of a bucket up to LEFT_OUT_COUNTED_PER_BAND, and says when the count is a lower bound', async () => {
    // One bucket whose entries past the cap stay under the count's limit, one that passes it.
    const under = 30 * 2 ** 32 + 111_111_111;
    const over = 30 * 2 ** 32 + 222_222_222;
    const buckets: Array<[number, number]> = [
      [under, CANDIDATES_PER_BAND + LEFT_OUT_COUNTED_PER_BAND - 1],
      [over, CANDIDATES_PER_BAND + LEFT_OUT_COUNTED_PER_BAND + 7],
    ];
    await withBuckets(buckets, async (run) => {
      expect(await findMatchCandidates(run, [under], null)).toMatchObject({
        cappedBands: 1,
        leftOut: LEFT_OUT_COUNTED_PER_BAND - 1,
        leftOutExact: true,
      });
      const both = await findMatchCandidates(run, [under, over], null);
      expect(both).toMatchObject({ cappedBands: 2, leftOut: 2 * LEFT_OUT_COUNTED_PER_BAND - 1, leftOutExact: false });
      // The cap takes the same newest entries however many are counted past it.
      expect(both.candidates.map((candidate) => [...candidate.bandKeys].sort((a, b) => a - b))).toContainEqual([under, over]);
    });
  });

  it('signs again, with its band keys, a claim whose signature is missing (as after a new SIGNATURE_VERSION)', async () => {
    const db = stack.dataSource();
    const keysOf = async (): Promise<string[]> =>
      (
        await db.query(
          `SELECT b.band_key::text AS key FROM claim_band_keys b JOIN claim_signatures s ON s.seq = b.seq
            WHERE s.claim_id = $1 ORDER BY b.band_key`,
          [claims['other figure']],
        )
      ).map((row: { key: string }) => row.key);
    // Its LSH bands, and its numbers filed under its article's story (signed with the whole article either way).
    const signedAtExtraction = await keysOf();
    expect(signedAtExtraction.length).toBeGreaterThanOrEqual(LSH_BANDS);
    await db.query(`DELETE FROM claim_band_keys WHERE seq IN (SELECT seq FROM claim_signatures WHERE claim_id = $1)`, [
      claims['other figure'],
    ]);
    await db.query(`DELETE FROM claim_signatures WHERE claim_id = $1`, [claims['other figure']]);
    const extraction = worker.get(ArticleExtractionService);
    expect(await extraction.signUnsigned()).toBe(1);
    expect(await extraction.signUnsigned()).toBe(0);
    expect(await keysOf()).toEqual(signedAtExtraction);
  });

  it('links a claim the model does not queue to its restatement, and never matches boilerplate or a few words', async () => {
    const db = stack.dataSource();
    const claimsOf = async (name: string, body: string): Promise<Array<{ id: string; text: string; check_worthy: boolean }>> => {
      const created = await as(reviewer).post('/api/articles', { title: `Regatta (${name})`, body });
      expect(created.status).toBe(201);
      await stack.waitForArticle(created.body.id as string, ArticleStatus.Extracted);
      return db.query(`SELECT id, text, check_worthy FROM claims WHERE article_id = $1 ORDER BY ordinal`, [created.body.id]);
    };
    const [original, denial] = await claimsOf('original', 'The spring regatta on Lake Varnok will be called off. That is not true.');
    const [restated, byline] = await claimsOf(
      'restated',
      "Lake Varnok's spring regatta will be cancelled. Reporting by Ilse Brandt; editing by Tomasz Wolan",
    );
    expect(restated!.check_worthy).toBe(false);
    const read = await as(reviewer).get(`/api/claims/${restated!.id}`);
    expect((read.body.matches as MatchBody[]).map((match) => match.claimId)).toContain(original!.id);

    // Signed (so the worker does not sign them again) but filed under no band key.
    const rows: Array<{ text: string; keys: number }> = await db.query(
      `SELECT c.text, (SELECT count(*)::int FROM claim_band_keys b WHERE b.seq = s.seq) AS keys
         FROM claims c JOIN claim_signatures s ON s.claim_id = c.id
        WHERE c.id = ANY($1::uuid[]) ORDER BY c.text`,
      [[byline!.id, denial!.id, original!.id]],
    );
    expect(rows.map((row) => row.keys)).toEqual([0, 0, LSH_BANDS]); // the byline, "That is not true.", the claim
    const [{ unsigned }] = await db.query(
      `SELECT count(*)::int AS unsigned FROM claims c WHERE NOT EXISTS (SELECT 1 FROM claim_signatures s WHERE s.claim_id = c.id)`,
    );
    expect(unsigned).toBe(0);
    expect(await worker.get(ArticleExtractionService).signUnsigned()).toBe(0);
  });
});
