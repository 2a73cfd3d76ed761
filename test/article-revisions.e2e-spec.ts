import { ArticleExtractionService } from '@factdesk/articles';
import { ArticleStatus, AuditLogEntity, ClaimLeaseEntity, OutboxEventEntity, Role } from '@factdesk/database';
import { jobIds, QueueName, REVIEW_QUEUE } from '@factdesk/jobs';
import { ReviewQueueReconciler } from '@factdesk/review-queue';
import request from 'supertest';
import { In } from 'typeorm';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';

interface Claim {
  id: string;
  text: string;
  start: number;
  end: number;
  state: string;
  revision: number;
  withdrawnInRevision: number | null;
  publishedVerdictWithdrawn: boolean;
}

const MINISTRY = 'The ministry said 3,179 people left eastern Aleppo on Monday.';
const ARMY = 'The army said 80,000 civilians remain in the city.';
const FAMILIES = 'Officials expect 1,200 more families to leave by Friday, the governor said.';
const FAMILIES_CORRECTED = 'Officials expect 1,500 more families to leave by Friday, the governor said.';
const BREAD = 'Prices of bread rose by 40 percent last week, traders said.';
const WEATHER = 'The weather was cold.';
const CONVOYS = 'Aid convoys carrying 300 tonnes of food reached the city on Tuesday, the Red Cross said.';

const REVISION_1 = `${MINISTRY} ${ARMY}\n\n${FAMILIES} ${BREAD} ${WEATHER}\n`;
// A new opening paragraph moves every offset; one figure corrected; one sentence dropped.
const REVISION_2 = `${CONVOYS}\n\n${MINISTRY}\n\n${FAMILIES_CORRECTED} ${BREAD} ${WEATHER}\n`;

function expectSpansInto(body: string, claims: Claim[]): void {
  expect(claims.length).toBeGreaterThan(0);
  for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
}

describe('Article revisions and appearances', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let lead: TestUser;
  let checker: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
    lead = await stack.createUser(Role.Lead);
    checker = await stack.createUser(Role.Reviewer);
    other = await stack.createUser(Role.Reviewer);
  });

  afterAll(() => stack.destroy());

  /** A lead hands the claim to the checker, who publishes a `true` verdict on it with the lead's approval. */
  async function publishVerdict(claimId: string): Promise<string> {
    expect((await as(lead).post(`/api/claims/${claimId}/assign`, { reviewerId: checker.id })).status).toBe(200);
    const leased = await as(checker).post('/api/queue/next');
    expect(leased.body.claim.id).toBe(claimId);
    const verdict = await as(checker).post(`/api/claims/${claimId}/verdicts`, {
      rating: 'true',
      rationale: 'Matches the official count.',
      submit: true,
    });
    expect(verdict.body.state).toBe('submitted');
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/approve`)).status).toBe(200);
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/publish`)).body.state).toBe('published');
    return verdict.body.id as string;
  }

  it('keeps published work on unchanged claims, queues only what changed, withdraws what disappeared and keeps every revision readable', async () => {
    const url = 'https://wire.example/aleppo-evacuations';
    const first = await as(checker).post('/api/articles', { title: 'Aleppo evacuations', body: REVISION_1, url, publisher: 'Wire' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ revision: 1, outcome: 'created', appearances: [{ url, publisher: 'Wire', revision: 1 }] });
    const articleId = first.body.id as string;
    await stack.waitForArticle(articleId, ArticleStatus.Extracted);
    const before = (await as(lead).get(`/api/articles/${articleId}`)).body;
    const byText = (claims: Claim[], text: string) => claims.find((claim) => claim.text === text)!;
    const ministry = byText(before.claims, MINISTRY);
    const army = byText(before.claims, ARMY);
    const families = byText(before.claims, FAMILIES);
    const bread = byText(before.claims, BREAD);
    for (const claim of [ministry, army, families, bread]) expect(claim.state).toBe('ready');

    // Published verdicts on the claim that stays and on the one that will disappear; the changed one is being checked.
    const ministryVerdict = await publishVerdict(ministry.id);
    await publishVerdict(army.id);
    expect((await as(lead).post(`/api/claims/${families.id}/assign`, { reviewerId: other.id })).status).toBe(200);
    const lease = await as(other).post('/api/queue/next');
    expect(lease.body.claim.id).toBe(families.id);
    const readyEventsBefore = await stack
      .dataSource()
      .getRepository(OutboxEventEntity)
      .countBy({ type: 'claim.ready' as never });

    // The corrected story at the same URL: a new revision of the same article.
    const revised = await as(checker).post('/api/articles', {
      title: 'Aleppo evacuations (updated)',
      body: REVISION_2,
      url,
      publisher: 'Wire',
    });
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({
      id: articleId,
      revision: 2,
      outcome: 'revised',
      body: REVISION_2,
      title: 'Aleppo evacuations (updated)',
    });
    await stack.waitForArticle(articleId, ArticleStatus.Extracted);

    const after = (await as(lead).get(`/api/articles/${articleId}`)).body;
    expect(after).toMatchObject({ revision: 2, body: REVISION_2 });
    expect(after.revisions.map((revision: { revision: number; submittedBy: string }) => [revision.revision, revision.submittedBy])).toEqual(
      [
        [1, checker.id],
        [2, checker.id],
      ],
    );
    expect(after.revisions[0].contentHash).toBe(first.body.contentHash);
    expect(after.revisions[1].contentHash).toBe(after.contentHash);
    expect(after.revisions[1].contentHash).not.toBe(first.body.contentHash);
    expectSpansInto(REVISION_2, after.claims);
    expect(after.claims.map((claim: Claim) => claim.text)).toEqual([CONVOYS, MINISTRY, FAMILIES_CORRECTED, BREAD, WEATHER]);

    // Unchanged: the same claim, its published verdict still published, its offsets moved to the new body.
    const ministryNow = byText(after.claims, MINISTRY);
    expect(ministryNow).toMatchObject({ id: ministry.id, state: 'reviewed', revision: 2 });
    expect(ministryNow.start).toBe(REVISION_2.indexOf(MINISTRY));
    expect(ministryNow.start).not.toBe(ministry.start);
    const ministryDetail = (await as(lead).get(`/api/claims/${ministry.id}`)).body;
    expect(ministryDetail.verdicts.map((verdict: { id: string; state: string }) => [verdict.id, verdict.state])).toEqual([
      [ministryVerdict, 'published'],
    ]);
    expect(ministryDetail.article.before.endsWith(`${CONVOYS}\n\n`)).toBe(true);
    expect(byText(after.claims, BREAD)).toMatchObject({ id: bread.id, state: 'ready' });

    // Changed and new: inserted and queued, and nothing else was.
    const corrected = byText(after.claims, FAMILIES_CORRECTED);
    const convoys = byText(after.claims, CONVOYS);
    expect(corrected.id).not.toBe(families.id);
    expect([corrected.state, convoys.state]).toEqual(['ready', 'ready']);
    const readyEvents = await stack
      .dataSource()
      .getRepository(OutboxEventEntity)
      .find({ where: { type: 'claim.ready' as never }, order: { id: 'ASC' } });
    expect(
      readyEvents
        .slice(readyEventsBefore)
        .map((event) => event.aggregateId)
        .sort(),
    ).toEqual([corrected.id, convoys.id].sort());
    // Reconciliation, which rebuilds BullMQ from PostgreSQL, does not bring a withdrawn claim back.
    await stack.worker!.get(ReviewQueueReconciler).reconcile();
    const reviewQueue = stack.queue(REVIEW_QUEUE as never);
    try {
      for (const id of [corrected.id, convoys.id, bread.id]) expect(await reviewQueue.getJob(jobIds.reviewClaim(id))).toBeDefined();
      for (const id of [families.id, army.id]) expect(await reviewQueue.getJob(jobIds.reviewClaim(id))).toBeUndefined();
    } finally {
      await reviewQueue.close();
    }

    // Disappeared (or changed): withdrawn, never deleted, shown to leads; the one with a published verdict is flagged.
    const withdrawn = after.withdrawnClaims as Claim[];
    expect(withdrawn.map((claim) => claim.id).sort()).toEqual([army.id, families.id].sort());
    expect(byText(withdrawn, ARMY)).toMatchObject({
      state: 'withdrawn',
      withdrawnInRevision: 2,
      publishedVerdictWithdrawn: true,
      revision: 1,
    });
    expect(byText(withdrawn, FAMILIES)).toMatchObject({ state: 'withdrawn', publishedVerdictWithdrawn: false });
    const listed = await as(lead).get('/api/claims?state=withdrawn');
    expect(listed.body.items.map((claim: Claim) => claim.id).sort()).toEqual([army.id, families.id].sort());
    const flagged = await as(lead).get('/api/claims?publishedVerdictWithdrawn=true');
    expect(flagged.body.items.map((claim: Claim) => claim.id)).toEqual([army.id]);
    expect((await as(lead).get('/api/claims?publishedVerdictWithdrawn=maybe')).status).toBe(400);
    const armyDetail = (await as(lead).get(`/api/claims/${army.id}`)).body;
    expect(armyDetail.verdicts[0].state).toBe('published');
    expect(armyDetail.article.after.startsWith(`\n\n${FAMILIES}`)).toBe(true); // its context is the revision it was in

    // The lease on the withdrawn claim ended, on record; a verdict on it is refused with the reason.
    const ended = await stack.dataSource().getRepository(ClaimLeaseEntity).findOneByOrFail({ id: lease.body.lease.id });
    expect(ended).toMatchObject({ endReason: 'revoked', endedAt: expect.any(Date) });
    const refused = await as(other).post(`/api/claims/${families.id}/verdicts`, { rating: 'true', rationale: 'x', submit: true });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'claim.withdrawn', message: expect.stringMatching(/withdrawn.*revision 2/) });
    const audit = await stack
      .dataSource()
      .getRepository(AuditLogEntity)
      .find({ where: { entityId: In([families.id, army.id, ministry.id, articleId]) }, order: { id: 'ASC' } });
    const actions = audit.map((entry) => `${entry.action} ${entry.entityId}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `article.revised ${articleId}`,
        `article.revision_extracted ${articleId}`,
        `claim.withdrawn ${families.id}`,
        `claim.withdrawn ${army.id}`,
        `lease.revoked ${families.id}`,
        `claim.carried_over ${ministry.id}`,
      ]),
    );

    // Revision 1 is still readable, with its claims at their offsets in its own body.
    const old = await as(other).get(`/api/articles/${articleId}/revisions/1`);
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ articleId, revision: 1, body: REVISION_1, title: 'Aleppo evacuations', current: false });
    expectSpansInto(REVISION_1, old.body.claims);
    expect(old.body.claims.map((claim: Claim) => claim.text)).toEqual([MINISTRY, ARMY, FAMILIES, BREAD, WEATHER]);
    expect(byText(old.body.claims, MINISTRY)).toMatchObject({ id: ministry.id, start: ministry.start, state: 'reviewed' });
    const current = await as(other).get(`/api/articles/${articleId}/revisions/2`);
    expect(current.body).toMatchObject({ revision: 2, current: true });
    expectSpansInto(REVISION_2, current.body.claims);
    expect((await as(other).get(`/api/articles/${articleId}/revisions/3`)).status).toBe(404);
    expect((await as(other).get(`/api/articles/${articleId}/revisions/latest`)).status).toBe(404);

    // The outbox announces the revision, in the extraction's transaction.
    const [event] = await stack
      .dataSource()
      .getRepository(OutboxEventEntity)
      .findBy({ type: 'article.revised' as never, aggregateId: articleId });
    expect(event!.payload).toMatchObject({
      articleId,
      revision: 2,
      previousRevision: 1,
      claims: { carried: 3, new: 2, withdrawn: 2 },
      publishedVerdictWithdrawnClaimIds: [army.id],
    });

    // An extraction job of the old revision that runs late changes nothing.
    expect(await stack.worker!.get(ArticleExtractionService).extractArticle(articleId, 1)).toEqual({ outcome: 'superseded' });
    const extraction = stack.queue(QueueName.Extraction);
    try {
      expect(await extraction.getJob(jobIds.extractArticle(articleId, 2))).toBeDefined();
    } finally {
      await extraction.close();
    }
  });

  it('keeps a second outlet’s URL and publisher as an appearance, and changes nothing for the same request again', async () => {
    const body = `${MINISTRY} The convoy of 20 buses left at dawn, the agency said.`;
    const original = await as(checker).post('/api/articles', {
      title: 'Buses',
      body,
      url: 'https://agency.example/buses',
      publisher: 'Agency',
    });
    expect(original.status).toBe(201);
    await stack.waitForArticle(original.body.id, ArticleStatus.Extracted);

    const copy = {
      title: 'Buses leave Aleppo',
      body: `  ${body.replace(/ /g, '\n')}`,
      url: 'https://daily.example/world/buses?utm_source=x',
      publisher: 'The Daily',
    };
    const second = await as(other).post('/api/articles', copy);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ id: original.body.id, revision: 1, outcome: 'appeared' });
    expect(second.body.appearances).toEqual([
      expect.objectContaining({ url: 'https://agency.example/buses', publisher: 'Agency', submittedBy: checker.id }),
      expect.objectContaining({
        url: 'https://daily.example/world/buses',
        publisher: 'The Daily',
        title: 'Buses leave Aleppo',
        submittedBy: other.id,
      }),
    ]);
    const read = await as(lead).get(`/api/articles/${original.body.id}`);
    expect(read.body.appearances).toHaveLength(2);
    expect(read.body.revisions).toHaveLength(1);

    const audited = () => stack.dataSource().getRepository(AuditLogEntity).countBy({ entityId: original.body.id });
    const auditBefore = await audited();
    for (const again of [
      copy,
      { title: 'Buses', body, url: 'https://agency.example/buses', publisher: 'Agency' },
      { title: 'Buses', body },
    ]) {
      const response = await as(other).post('/api/articles', again);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: original.body.id, revision: 1, outcome: 'unchanged' });
      expect(response.body.appearances).toHaveLength(2);
    }
    expect(await audited()).toBe(auditBefore);
  });

  it('refuses to decide a verdict under second review once its claim was withdrawn', async () => {
    const url = 'https://second.example/port';
    const kept = 'The port authority said 14 ships docked on Sunday.';
    const dropped = 'The harbour master said 9,000 tonnes of grain were unloaded.';
    const created = await as(checker).post('/api/articles', { title: 'Port', body: `${kept} ${dropped}`, url });
    await stack.waitForArticle(created.body.id, ArticleStatus.Extracted);
    const claim = ((await as(lead).get(`/api/articles/${created.body.id}`)).body.claims as Claim[]).find(
      (found) => found.text === dropped,
    )!;
    expect((await as(lead).post(`/api/claims/${claim.id}/assign`, { reviewerId: checker.id })).status).toBe(200);
    expect((await as(checker).post('/api/queue/next')).body.claim.id).toBe(claim.id);
    const verdict = await as(checker).post(`/api/claims/${claim.id}/verdicts`, {
      rating: 'false',
      rationale: 'No such cargo.',
      submit: true,
    });
    expect(verdict.body).toMatchObject({ state: 'submitted', needsSecondReview: true });

    await as(checker).post('/api/articles', { title: 'Port', body: kept, url });
    await stack.waitForArticle(created.body.id, ArticleStatus.Extracted);
    const approve = await as(other).post(`/api/verdicts/${verdict.body.id}/approve`);
    expect(approve.status).toBe(409);
    expect(approve.body.code).toBe('claim.withdrawn');
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/reject`, { reason: 'x' })).status).toBe(409);
    const detail = (await as(lead).get(`/api/claims/${claim.id}`)).body;
    expect(detail).toMatchObject({ state: 'withdrawn', publishedVerdictWithdrawn: false });
    expect(detail.verdicts[0].state).toBe('submitted');
  });

  it('never lets an older revision’s extraction store its claims once a newer revision arrived', async () => {
    await stack.stopWorker(); // the jobs stay queued; this test runs them by hand, in the order a slow worker might
    try {
      const extraction = stack.api!.get(ArticleExtractionService);
      // Texts of their own (the ones above are appearances of the first test's article by now).
      const slow = 'The mayor said 12 schools stayed closed.';
      const input = { title: 'Slow', body: `${REVISION_1}${slow}`, url: 'https://slow.example/story' };
      const first = await as(checker).post('/api/articles', input);
      const second = await as(checker).post('/api/articles', { ...input, body: `${REVISION_2}${slow}` });
      expect(second.body).toMatchObject({ id: first.body.id, revision: 2, status: 'received' });
      const extractionQueue = stack.queue(QueueName.Extraction);
      try {
        const jobs = await Promise.all([1, 2].map((revision) => extractionQueue.getJob(jobIds.extractArticle(first.body.id, revision))));
        expect(jobs.map((job) => job?.data)).toEqual([
          { articleId: first.body.id, revision: 1 },
          { articleId: first.body.id, revision: 2 },
        ]);
      } finally {
        await extractionQueue.close();
      }

      expect(await extraction.extractArticle(first.body.id, 1)).toEqual({ outcome: 'superseded' });
      // The old revision's job failing for good marks nothing: the newer revision's job decides.
      await extraction.markFailed(first.body.id, new Error('engine exploded'), 1);
      expect((await as(lead).get(`/api/articles/${first.body.id}`)).body).toMatchObject({ status: 'received', extractionError: null });
      expect(await extraction.extractArticle(first.body.id, 2)).toMatchObject({ outcome: 'extracted', claims: 6 });
      expect(await extraction.extractArticle(first.body.id, 1)).toEqual({ outcome: 'superseded' });
      const read = await as(lead).get(`/api/articles/${first.body.id}`);
      expectSpansInto(`${REVISION_2}${slow}`, read.body.claims);
      expect(read.body.withdrawnClaims).toEqual([]);
      expect((await as(lead).get(`/api/articles/${first.body.id}/revisions/1`)).body.claims).toEqual([]);
    } finally {
      await stack.startWorker();
    }
  });

  it('makes one article of concurrent identical submissions, and one revision of concurrent identical corrections', async () => {
    const input = {
      title: 'Race',
      body: 'The council said 512 homes were flooded on Sunday.',
      url: 'https://race.example/floods',
      publisher: 'Race',
    };
    const created = await Promise.all(Array.from({ length: 6 }, () => as(checker).post('/api/articles', input)));
    expect(created.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);

    const correction = { ...input, body: 'The council said 521 homes were flooded on Sunday.' };
    const revised = await Promise.all(Array.from({ length: 6 }, () => as(checker).post('/api/articles', correction)));
    expect(revised.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(revised.map((response) => `${response.body.id} r${response.body.revision}`))).toEqual(
      new Set([`${created[0]!.body.id} r2`]),
    );
    await stack.waitForArticle(created[0]!.body.id, ArticleStatus.Extracted);
    const read = await as(lead).get(`/api/articles/${created[0]!.body.id}`);
    expect(read.body.revisions.map((revision: { revision: number }) => revision.revision)).toEqual([1, 2]);
    expectSpansInto(correction.body, read.body.claims);
  });

  it('documents revisions, appearances and the withdrawn-claim flag in the OpenAPI document', async () => {
    const docs = (await request(stack.http).get('/docs/json')).body;
    expect(docs.paths['/api/articles/{id}/revisions/{revision}'].get.responses['200']).toBeDefined();
    expect(Object.keys(docs.components.schemas.ArticleView.properties)).toEqual(
      expect.arrayContaining(['revision', 'revisions', 'appearances', 'withdrawnClaims']),
    );
    expect(docs.components.schemas.SubmittedArticleView.properties.outcome.enum).toEqual(['created', 'revised', 'appeared', 'unchanged']);
    expect(Object.keys(docs.components.schemas.ClaimView.properties)).toEqual(
      expect.arrayContaining(['revision', 'withdrawnInRevision', 'publishedVerdictWithdrawn']),
    );
    expect(docs.paths['/api/claims'].get.parameters.map((parameter: { name: string }) => parameter.name)).toContain(
      'publishedVerdictWithdrawn',
    );
  });
});
