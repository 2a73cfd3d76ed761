import { ArticleStatus, AuditLogEntity, ClaimEntity, OutboxEventEntity, Role } from '@factdesk/database';
import { In } from 'typeorm';
import { aleppoFixture } from './support/fixtures';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { emptyQueue, seedReadyClaims } from './support/queue-fixtures';

describe('Fact-check workflow: evidence, conflicts, verdicts, publishing', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let lead: TestUser;

  beforeAll(async () => {
    stack = await TestStack.create({ LEASE_SWEEP_INTERVAL_MS: '200' });
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
    lead = await stack.createUser(Role.Lead);
  });

  afterEach(() => emptyQueue(stack.api!));
  afterAll(() => stack.destroy());

  it('takes the fixture from article to a published, then corrected, verdict with every step on record', async () => {
    const checker = await stack.createUser(Role.Reviewer);
    const second = await stack.createUser(Role.Reviewer);
    const submitted = await as(checker).post('/api/articles', {
      title: 'Aleppo',
      body: aleppoFixture(),
      url: 'https://example.org/aleppo',
      publisher: 'RT',
      desk: 'world',
      reach: 0.9,
      language: 'en',
      publishedAt: '2016-12-07T10:00:00Z',
    });
    await stack.waitForArticle(submitted.body.id, ArticleStatus.Extracted);

    // The engine's German foreign ministry vs Russian defence ministry conflict came out as a proposal.
    const article = await as(checker).get(`/api/articles/${submitted.body.id}`);
    const engineConflict = (
      article.body.conflicts as Array<{ id: string; status: string; origin: string; sides: Array<{ sourceName: string }> }>
    ).find(
      (conflict) =>
        conflict.sides.some((side) => /German/.test(side.sourceName)) &&
        conflict.sides.some((side) => /Russian Ministry of Defence/.test(side.sourceName)),
    );
    expect(engineConflict).toMatchObject({ status: 'proposed', origin: 'extraction' });

    // A lead hands a Konashenkov claim to the checker, who gets it first from the queue.
    const claims = await stack
      .dataSource()
      .getRepository(ClaimEntity)
      .findBy({ articleId: submitted.body.id, state: In(['ready']) as never });
    const konashenkov = claims.find((claim) => /Konashenkov/.test(String(claim.attribution?.speaker)))!;
    expect(konashenkov).toBeDefined();
    expect((await as(lead).post(`/api/claims/${konashenkov.id}/assign`, { reviewerId: checker.id })).status).toBe(200);
    const leased = await as(checker).post('/api/queue/next');
    expect(leased.body.claim.id).toBe(konashenkov.id);
    expect(leased.body.claim.attribution).toMatchObject({ speaker: expect.stringMatching(/Konashenkov/) });

    // Evidence from two publishers, one refuting, one supporting.
    const refuting = await as(checker).post(`/api/claims/${konashenkov.id}/evidence`, {
      url: 'HTTPS://www.Reuters.com/article/syria-aleppo-un?utm_source=twitter#top',
      title: 'UN: no independent confirmation of evacuation numbers',
      publisher: 'Reuters',
      stance: 'refutes',
      excerpt: 'The United Nations said it could not confirm the figures.',
    });
    expect(refuting.status).toBe(201);
    expect(refuting.body).toMatchObject({
      url: 'https://www.reuters.com/article/syria-aleppo-un',
      stance: 'refutes',
      sourceName: 'Reuters',
    });
    const supporting = await as(checker).post(`/api/claims/${konashenkov.id}/evidence`, {
      url: 'https://tass.com/world/917521',
      title: 'Over 3,000 civilians leave eastern Aleppo',
      publisher: 'TASS',
      stance: 'supports',
      archivedUrl: 'https://web.archive.org/web/2016/https://tass.com/world/917521',
    });
    expect(supporting.status).toBe(201);
    const again = await as(checker).post(`/api/claims/${konashenkov.id}/evidence`, {
      url: 'https://www.reuters.com/article/syria-aleppo-un',
      title: 'Same link',
      publisher: 'Reuters',
      stance: 'context',
    });
    expect(again.status).toBe(409);
    expect(
      (
        await as(checker).post(`/api/claims/${konashenkov.id}/evidence`, {
          url: 'not a url',
          title: 'x',
          publisher: 'y',
          stance: 'supports',
        })
      ).status,
    ).toBe(400);

    // The disagreement is proposed as a conflict, and a person confirms it.
    let detail = await as(checker).get(`/api/claims/${konashenkov.id}`);
    const proposed = (
      detail.body.conflicts as Array<{ id: string; origin: string; status: string; sides: Array<{ evidenceId: string }> }>
    ).find((conflict) => conflict.origin === 'evidence')!;
    expect(proposed).toMatchObject({ status: 'proposed' });
    expect(proposed.sides.map((side) => side.evidenceId).sort()).toEqual([refuting.body.id, supporting.body.id].sort());
    const confirmed = await as(checker).post(`/api/conflicts/${proposed.id}/confirm`, {
      note: 'The two outlets report different figures.',
    });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', decidedBy: checker.id });
    expect((await as(checker).post(`/api/conflicts/${proposed.id}/dismiss`)).status).toBe(409);

    // The verdict: drafted, submitted; the open conflict means a second reviewer must approve.
    const draft = await as(checker).post(`/api/claims/${konashenkov.id}/verdicts`, {
      rating: 'mixed',
      rationale: 'The ministry figure is not confirmed by the UN; TASS repeats it.',
      evidenceIds: [refuting.body.id, supporting.body.id],
    });
    expect(draft.status).toBe(201);
    const sent = await as(checker).post(`/api/verdicts/${draft.body.id}/submit`);
    expect(sent.body).toMatchObject({ state: 'submitted', needsSecondReview: true, ratingValue: 3 });

    // Nobody approves their own verdict; nothing is published before approval.
    expect((await as(checker).post(`/api/verdicts/${draft.body.id}/approve`)).status).toBe(403);
    const early = await as(lead).post(`/api/verdicts/${draft.body.id}/publish`);
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/submitted/);

    // A second reviewer approves from the list of submitted verdicts, without a lease.
    const waiting = await as(second).get('/api/verdicts?state=submitted');
    expect(waiting.body.items.map((verdict: { id: string }) => verdict.id)).toContain(draft.body.id);
    const approved = await as(second).post(`/api/verdicts/${draft.body.id}/approve`, { note: 'Sources check out.' });
    expect(approved.body.state).toBe('approved');
    expect((await as(second).post(`/api/verdicts/${draft.body.id}/publish`)).status).toBe(403);
    const published = await as(lead).post(`/api/verdicts/${draft.body.id}/publish`);
    expect(published.body).toMatchObject({ state: 'published', publishedAt: expect.any(String) });

    // A published verdict is never edited in place; a lead publishes a correction.
    const edit = await as(checker).patch(`/api/verdicts/${draft.body.id}`, { rating: 'false' });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toMatch(/published.*correction/);
    expect(
      (await as(checker).post(`/api/verdicts/${draft.body.id}/corrections`, { rating: 'mostly-false', rationale: 'x', note: 'y' })).status,
    ).toBe(403);
    const corrected = await as(lead).post(`/api/verdicts/${draft.body.id}/corrections`, {
      rating: 'mostly-false',
      rationale: 'The Red Cross later counted fewer evacuees than the ministry claimed.',
      note: 'Rating lowered after the Red Cross published its count.',
    });
    expect(corrected.status).toBe(201);
    // mostly-false needs a second review (and the claim has a confirmed conflict): submitted, the old version still published.
    expect(corrected.body).toMatchObject({ version: 2, state: 'submitted', supersedesId: draft.body.id, ratingValue: 2 });
    expect((await as(checker).get(`/api/verdicts/${draft.body.id}`)).body.state).toBe('published');
    expect((await as(second).post(`/api/verdicts/${corrected.body.id}/approve`, { note: 'The Red Cross count is right.' })).status).toBe(
      200,
    );
    expect((await as(lead).post(`/api/verdicts/${corrected.body.id}/publish`)).body).toMatchObject({ state: 'published' });

    // The history is all there, with its actors.
    detail = await as(checker).get(`/api/claims/${konashenkov.id}`);
    expect(detail.body.state).toBe('reviewed');
    expect(detail.body.evidence).toHaveLength(2);
    const [first, correction] = detail.body.verdicts as Array<{
      state: string;
      history: Array<{ from: string | null; to: string; actorId: string }>;
    }>;
    expect(first!.state).toBe('superseded');
    expect(first!.history.map((step) => [step.to, step.actorId])).toEqual([
      ['draft', checker.id],
      ['submitted', checker.id],
      ['approved', second.id],
      ['published', lead.id],
      ['superseded', lead.id],
    ]);
    expect(correction).toMatchObject({ state: 'published', correctionNote: 'Rating lowered after the Red Cross published its count.' });

    const audit = await stack
      .dataSource()
      .getRepository(AuditLogEntity)
      .find({
        where: { entityId: In([konashenkov.id, draft.body.id, corrected.body.id, refuting.body.id, supporting.body.id, proposed.id]) },
        order: { id: 'ASC' },
      });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['claim.reassigned', lead.id],
      ['lease.acquired', checker.id],
      ['evidence.added', checker.id],
      ['evidence.added', checker.id],
      ['conflict.proposed', null],
      ['conflict.confirmed', checker.id],
      ['verdict.drafted', checker.id],
      ['verdict.submitted', checker.id],
      ['verdict.approved', second.id],
      ['verdict.published', lead.id],
      ['verdict.correction_submitted', lead.id],
      ['verdict.approved', second.id],
      ['verdict.corrected', lead.id],
    ]);

    // The outbox holds the events in the order they happened.
    const events = await stack
      .dataSource()
      .getRepository(OutboxEventEntity)
      .find({ order: { id: 'ASC' } });
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('conflict.proposed'); // the engine's conflicts come first, in the extraction transaction
    expect(types.filter((type) => type === 'claim.ready')).toHaveLength(claims.length);
    const tail = events.filter((event) => ['conflict.proposed', 'verdict.published', 'verdict.corrected'].includes(event.type)).slice(-3);
    expect(tail.map((event) => [event.type, event.aggregateId])).toEqual([
      ['conflict.proposed', proposed.id],
      ['verdict.published', draft.body.id],
      ['verdict.corrected', corrected.body.id],
    ]);
    expect(tail[1]!.payload.claimReview).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: konashenkov.text,
      reviewRating: { ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Mixed' },
      itemReviewed: { '@type': 'Claim', appearance: [{ '@type': 'CreativeWork', url: 'https://example.org/aleppo' }] },
    });
    expect(types).toContain('article.extracted');

    // The claim list filters on what happened.
    const reviewed = await as(lead).get(`/api/claims?state=reviewed&rating=mostly-false&desk=world&reviewer=${checker.id}`);
    expect(reviewed.body.items.map((claim: { id: string }) => claim.id)).toEqual([konashenkov.id]);
    expect(reviewed.body.items[0].currentVerdict).toMatchObject({ version: 2, rating: 'mostly-false' });
    const bySource = await as(lead).get(`/api/claims?source=russian-ministry-of-defence&limit=100`);
    expect(bySource.body.items.map((claim: { id: string }) => claim.id)).toContain(konashenkov.id);
    expect((await as(lead).get('/api/claims?rating=bogus')).status).toBe(400);
  });

  it('lets exactly one of several concurrent approvals win', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const author = await stack.createUser(Role.Reviewer);
    await as(author).post('/api/queue/next');
    const verdict = await as(author).post(`/api/claims/${claim!.id}/verdicts`, {
      rating: 'false',
      rationale: 'No record of it.',
      submit: true,
    });
    expect(verdict.body).toMatchObject({ state: 'submitted', needsSecondReview: true });
    const approvers = await Promise.all(Array.from({ length: 6 }, () => stack.createUser(Role.Reviewer)));
    const results = await Promise.all(approvers.map((approver) => as(approver).post(`/api/verdicts/${verdict.body.id}/approve`)));
    expect(results.filter((response) => response.status === 200)).toHaveLength(1);
    expect(results.filter((response) => response.status === 409)).toHaveLength(5);
    const transitions = (await as(lead).get(`/api/verdicts/${verdict.body.id}`)).body.history as Array<{ to: string }>;
    expect(transitions.filter((step) => step.to === 'approved')).toHaveLength(1);
    // The claim left the second-review queue.
    expect((await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next')).status).toBe(204);
  });

  it('keeps verdicts that need no second review for leads to approve, and sends rejected ones back to their author', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const author = await stack.createUser(Role.Reviewer);
    const peer = await stack.createUser(Role.Reviewer);
    await as(author).post('/api/queue/next');
    const verdict = await as(author).post(`/api/claims/${claim!.id}/verdicts`, {
      rating: 'true',
      rationale: 'Matches the record.',
      submit: true,
    });
    expect(verdict.body.needsSecondReview).toBe(false);
    expect((await as(peer).post(`/api/verdicts/${verdict.body.id}/approve`)).status).toBe(403);
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/reject`, {})).status).toBe(400);
    const rejected = await as(lead).post(`/api/verdicts/${verdict.body.id}/reject`, { reason: 'Cite the record you checked.' });
    expect(rejected.body.state).toBe('rejected');

    // Back in the queue, reserved for the author, who revises: a new version.
    expect((await as(peer).post('/api/queue/next')).status).toBe(204);
    const again = await as(author).post('/api/queue/next');
    expect(again.body.claim.id).toBe(claim!.id);
    const draft = await as(author).post(`/api/claims/${claim!.id}/verdicts`, { rating: 'true', rationale: 'Matches the 7 Dec log.' });
    expect(draft.body.version).toBe(2);
    const revised = await as(author).patch(`/api/verdicts/${draft.body.id}`, { rationale: 'Matches the 7 December convoy log.' });
    expect(revised.body).toMatchObject({ version: 3, state: 'draft', supersedesId: draft.body.id, rating: 'true' });
    expect((await as(author).get(`/api/verdicts/${draft.body.id}`)).body.state).toBe('superseded');
    expect((await as(author).post(`/api/verdicts/${revised.body.id}/submit`)).body.state).toBe('submitted');
    expect((await as(lead).post(`/api/verdicts/${revised.body.id}/approve`)).body.state).toBe('approved');
  });

  it('lets only the author or a lead edit or delete evidence, keeping the reason', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const author = await stack.createUser(Role.Reviewer);
    const other = await stack.createUser(Role.Reviewer);
    expect(
      (
        await as(author).post(`/api/claims/${claim!.id}/evidence`, {
          url: 'https://example.org/a',
          title: 'A',
          publisher: 'Example',
          stance: 'context',
        })
      ).status,
    ).toBe(409); // no lease on the claim yet
    await as(author).post('/api/queue/next');
    const added = await as(author).post(`/api/claims/${claim!.id}/evidence`, {
      url: 'https://example.org/a',
      title: 'A',
      publisher: 'Example',
      stance: 'context',
    });
    expect(added.status).toBe(201);
    expect((await as(other).patch(`/api/evidence/${added.body.id}`, { stance: 'supports' })).status).toBe(403);
    const edited = await as(lead).patch(`/api/evidence/${added.body.id}`, { stance: 'supports', title: 'A, read again' });
    expect(edited.body).toMatchObject({ stance: 'supports', title: 'A, read again' });
    expect((await as(other).delete(`/api/evidence/${added.body.id}`, { reason: 'Mine now' })).status).toBe(403);
    expect((await as(author).delete(`/api/evidence/${added.body.id}`, {})).status).toBe(400);
    const deleted = await as(author).delete(`/api/evidence/${added.body.id}`, { reason: 'A copy of a wire story' });
    expect(deleted.body).toMatchObject({ deletedReason: 'A copy of a wire story' });
    expect((await as(author).get(`/api/claims/${claim!.id}/evidence`)).body).toEqual([]);
    expect((await as(author).get(`/api/claims/${claim!.id}/evidence?includeDeleted=true`)).body).toHaveLength(1);
    const audit = await stack
      .dataSource()
      .getRepository(AuditLogEntity)
      .find({ where: { entityId: added.body.id }, order: { id: 'ASC' } });
    expect(audit.map((entry) => entry.action)).toEqual(['evidence.added', 'evidence.updated', 'evidence.deleted']);
    expect(audit[1]!.details).toMatchObject({
      before: { stance: 'context', title: 'A' },
      after: { stance: 'supports', title: 'A, read again' },
    });
    expect(audit[2]!.details).toMatchObject({ reason: 'A copy of a wire story', url: 'https://example.org/a' });
    // A deleted link may be added again.
    const readded = await as(author).post(`/api/claims/${claim!.id}/evidence`, {
      url: 'https://example.org/a',
      title: 'A',
      publisher: 'Example',
      stance: 'refutes',
    });
    expect(readded.status).toBe(201);
  });

  it('opens a conflict by hand, which then requires a second review', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const checker = await stack.createUser(Role.Reviewer);
    await as(checker).post('/api/queue/next');
    expect(
      (await as(checker).post(`/api/claims/${claim!.id}/conflicts`, { description: 'x', sides: [{ source: 'A', position: 'a' }] })).status,
    ).toBe(400);
    const opened = await as(checker).post(`/api/claims/${claim!.id}/conflicts`, {
      description: 'Berlin and Moscow disagree on who is to blame',
      sides: [
        { source: 'the German foreign ministry', position: 'Blames Damascus, Moscow and Tehran' },
        { source: "Russia's Defense Ministry", position: 'Says the strikes paused in mid-October' },
      ],
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ origin: 'manual', status: 'proposed', openedBy: checker.id });
    expect(opened.body.sides.map((side: { sourceName: string }) => side.sourceName)).toEqual([
      'German Federal Foreign Office',
      'Russian Ministry of Defence',
    ]);
    const verdict = await as(checker).post(`/api/claims/${claim!.id}/verdicts`, {
      rating: 'true',
      rationale: 'Both said so.',
      submit: true,
    });
    expect(verdict.body.needsSecondReview).toBe(true);
  });
});

describe('Fact-check workflow: an expired lease', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    stack = await TestStack.create({ LEASE_DURATION_MS: '1000', LEASE_SWEEP_INTERVAL_MS: '200' });
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
  });

  afterAll(() => stack.destroy());

  it('refuses evidence and verdicts from a reviewer whose lease expired', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const slow = await stack.createUser(Role.Reviewer);
    await as(slow).post('/api/queue/next');
    const draft = await as(slow).post(`/api/claims/${claim!.id}/verdicts`, { rating: 'true', rationale: 'Looks right.' });
    expect(draft.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const evidence = await as(slow).post(`/api/claims/${claim!.id}/evidence`, {
      url: 'https://example.org/b',
      title: 'B',
      publisher: 'Example',
      stance: 'supports',
    });
    expect(evidence.status).toBe(409);
    const submit = await as(slow).post(`/api/verdicts/${draft.body.id}/submit`);
    expect(submit.status).toBe(409);
    expect(submit.body.message).toMatch(/expired|ended/);
    expect((await as(slow).get(`/api/verdicts/${draft.body.id}`)).body.state).toBe('draft');
  });
});
