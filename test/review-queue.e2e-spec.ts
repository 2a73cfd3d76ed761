import request from 'supertest';
import { ArticleStatus, AuditLogEntity, ClaimEntity, ClaimLeaseEntity, ClaimState, LeaseEndReason, Role } from '@factdesk/database';
import { REVIEW_QUEUE } from '@factdesk/jobs';
import { ReviewQueueOrder } from '@factdesk/review-queue';
import { In, IsNull } from 'typeorm';
import { aleppoFixture } from './support/fixtures';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { emptyQueue, seedReadyClaims } from './support/queue-fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  let value = await probe();
  while (!accept(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await sleep(100);
    value = await probe();
  }
  return value;
}

describe('Review queue: leases, priority, triage', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let lead: TestUser;

  beforeAll(async () => {
    stack = await TestStack.create({ LEASE_SWEEP_INTERVAL_MS: '200', SKIP_COOLDOWN_MS: '600000' });
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
    lead = await stack.createUser(Role.Lead);
  });

  afterAll(() => stack.destroy());

  afterEach(() => emptyQueue(stack.api!));

  it('queues the fixture’s check-worthy claims and leases the most urgent with its article context', async () => {
    const reviewer = await stack.createUser(Role.Reviewer);
    const submitted = await as(reviewer).post('/api/articles', {
      title: 'Aleppo',
      body: aleppoFixture(),
      publisher: 'RT',
      desk: 'world',
      reach: 0.9,
      language: 'en',
    });
    expect(submitted.status).toBe(201);
    await stack.waitForArticle(submitted.body.id, ArticleStatus.Extracted);
    const claims = await stack
      .dataSource()
      .getRepository(ClaimEntity)
      .find({ where: { articleId: submitted.body.id } });
    const ready = claims.filter((claim) => claim.state === ClaimState.Ready);
    expect(ready.length).toBeGreaterThan(5);
    expect(ready.length).toBe(claims.filter((claim) => claim.checkWorthy).length);

    const stats = await eventually(
      () => as(lead).get('/api/queue/stats'),
      (response) => response.body.inRedis === ready.length,
    );
    expect(stats.status).toBe(200);
    expect(stats.body.waiting).toBe(ready.length);
    expect(stats.body.depth).toEqual([{ desk: 'world', state: 'ready', stage: 'first', claims: ready.length }]);

    const leased = await as(reviewer).post('/api/queue/next', { desk: 'world' });
    expect(leased.status).toBe(200);
    const mostWorthy = ready.reduce((best, claim) => (claim.checkworthiness > best.checkworthiness ? claim : best));
    expect(leased.body.claim).toMatchObject({
      id: mostWorthy.id,
      text: mostWorthy.text,
      state: 'leased',
      attribution: expect.any(Object),
      article: { id: submitted.body.id, title: 'Aleppo', publisher: 'RT' },
      queue: { desk: 'world', language: 'en', stage: 'first', lease: { id: leased.body.lease.id } },
    });
    const body: string = aleppoFixture();
    expect(body.slice(mostWorthy.start - leased.body.claim.article.before.length, mostWorthy.start)).toBe(leased.body.claim.article.before);
    expect(new Date(leased.body.lease.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(leased.body.lease).toMatchObject({ claimId: mostWorthy.id, reviewerId: reviewer.id, stage: 'first' });
  });

  it('gives 50 concurrent reviewers 200 distinct claims, then 204s', async () => {
    const seeded = await seedReadyClaims(stack.api!, 200);
    const reviewers = await Promise.all(Array.from({ length: 50 }, () => stack.createUser(Role.Reviewer)));
    // Each may hold 1 lease: a reviewer hands in a verdict after each claim, as in real work.
    const taken: string[] = [];
    const finals: number[] = [];
    await Promise.all(
      reviewers.map(async (reviewer) => {
        for (;;) {
          const response = await as(reviewer).post('/api/queue/next');
          if (response.status === 204) return void finals.push(204);
          expect(response.status).toBe(200);
          taken.push(response.body.claim.id as string);
          const verdict = await as(reviewer).post(`/api/claims/${response.body.claim.id}/verdicts`, {
            rating: 'true',
            rationale: 'Matches the record.',
          });
          expect(verdict.status).toBe(201);
          expect((await as(reviewer).post(`/api/verdicts/${verdict.body.id}/submit`)).status).toBe(200);
        }
      }),
    );
    expect(taken).toHaveLength(200);
    expect(new Set(taken).size).toBe(200);
    expect(new Set(taken)).toEqual(new Set(seeded.map((claim) => claim.id)));
    expect(finals).toEqual(Array(50).fill(204));
    const leases = await stack
      .dataSource()
      .getRepository(ClaimLeaseEntity)
      .countBy({ claimId: In(taken), endReason: LeaseEndReason.Completed });
    expect(leases).toBe(200);
  });

  it('never holds one claim under two open leases, even when reviewers race for a single claim', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => stack.createUser(Role.Reviewer)));
    const responses = await Promise.all(reviewers.map((reviewer) => as(reviewer).post('/api/queue/next')));
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 204)).toHaveLength(19);
    expect(await stack.dataSource().getRepository(ClaimLeaseEntity).countBy({ claimId: claim!.id, endedAt: IsNull() })).toBe(1);
  });

  it('limits a reviewer to MAX_LEASES_PER_REVIEWER open leases (default 1)', async () => {
    await seedReadyClaims(stack.api!, 2);
    const reviewer = await stack.createUser(Role.Reviewer);
    expect((await as(reviewer).post('/api/queue/next')).status).toBe(200);
    const second = await as(reviewer).post('/api/queue/next');
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/already hold 1 lease/);
    const mine = await as(reviewer).get('/api/queue/leases');
    expect(mine.body).toHaveLength(1);
  });

  it('holds the lease limit when one reviewer asks many times at once', async () => {
    await seedReadyClaims(stack.api!, 10);
    const reviewer = await stack.createUser(Role.Reviewer);
    const responses = await Promise.all(Array.from({ length: 10 }, () => as(reviewer).post('/api/queue/next')));
    expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    expect(await stack.dataSource().getRepository(ClaimLeaseEntity).countBy({ reviewerId: reviewer.id, endedAt: IsNull() })).toBe(1);
  });

  it('filters by desk and language', async () => {
    const [sport] = await seedReadyClaims(stack.api!, 1, { desk: 'sport', checkworthiness: [0.6] });
    const [german] = await seedReadyClaims(stack.api!, 1, { language: 'de', checkworthiness: [0.7] });
    await seedReadyClaims(stack.api!, 1, { checkworthiness: [0.95] });
    const reviewer = await stack.createUser(Role.Reviewer);
    const fromSport = await as(reviewer).post('/api/queue/next', { desk: 'sport' });
    expect(fromSport.body.claim.id).toBe(sport!.id);
    const other = await stack.createUser(Role.Reviewer);
    const inGerman = await as(other).post('/api/queue/next', { language: 'de' });
    expect(inGerman.body.claim.id).toBe(german!.id);
    const none = await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next', { desk: 'nonexistent' });
    expect(none.status).toBe(204);
    const bad = await as(other).post('/api/queue/next', { language: 'English' });
    expect(bad.status).toBe(400);
  });

  it('finds a claim of a narrow desk behind a long queue of other desks', async () => {
    await seedReadyClaims(stack.api!, 1100, { desk: 'world' });
    const [local] = await seedReadyClaims(stack.api!, 1, { desk: 'local', checkworthiness: [0.3] });
    const reviewer = await stack.createUser(Role.Reviewer);
    const leased = await as(reviewer).post('/api/queue/next', { desk: 'local' });
    expect(leased.status).toBe(200);
    expect(leased.body.claim.id).toBe(local!.id);
  });

  it("orders by a lead's boost, and refuses the boost to reviewers", async () => {
    const [high, low] = await seedReadyClaims(stack.api!, 2, { checkworthiness: [0.9, 0.4] });
    const reviewer = await stack.createUser(Role.Reviewer);
    expect((await as(reviewer).patch(`/api/claims/${low!.id}/priority`, { boost: 50 })).status).toBe(403);
    const boosted = await as(lead).patch(`/api/claims/${low!.id}/priority`, { boost: 50 });
    expect(boosted.status).toBe(200);
    expect(boosted.body.queue.priorityBoost).toBe(50);
    expect((await as(lead).patch(`/api/claims/${low!.id}/priority`, { boost: 1000 })).status).toBe(400);

    expect((await as(reviewer).post('/api/queue/next')).body.claim.id).toBe(low!.id);
    expect((await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next')).body.claim.id).toBe(high!.id);
  });

  it('a released (skipped) claim goes back at its old priority but not to the reviewer who skipped it', async () => {
    const [first, second] = await seedReadyClaims(stack.api!, 2);
    const skipper = await stack.createUser(Role.Reviewer);
    const leased = await as(skipper).post('/api/queue/next');
    expect(leased.body.claim.id).toBe(first!.id);
    const invalid = await as(skipper).post(`/api/queue/leases/${leased.body.lease.id}/release`, { reason: 'bored' });
    expect(invalid.status).toBe(400);
    const released = await as(skipper).post(`/api/queue/leases/${leased.body.lease.id}/release`, { reason: 'skip', note: 'Not my area' });
    expect(released.status).toBe(200);

    expect((await as(skipper).post('/api/queue/next')).body.claim.id).toBe(second!.id);
    expect((await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next')).body.claim.id).toBe(first!.id);
    // The ended lease can no longer be used.
    expect((await as(skipper).post(`/api/queue/leases/${leased.body.lease.id}/heartbeat`)).status).toBe(409);

    const audit = await stack
      .dataSource()
      .getRepository(AuditLogEntity)
      .find({ where: { entityId: first!.id }, order: { id: 'ASC' } });
    expect(audit.map((entry) => entry.action)).toEqual(['lease.acquired', 'lease.released', 'lease.acquired']);
    expect(audit[1]!.details).toMatchObject({ reason: 'skip', note: 'Not my area' });
  });

  it("refuses to act on another reviewer's lease, and 404s an unknown one", async () => {
    await seedReadyClaims(stack.api!, 1);
    const holder = await stack.createUser(Role.Reviewer);
    const intruder = await stack.createUser(Role.Reviewer);
    const { body } = await as(holder).post('/api/queue/next');
    expect((await as(intruder).post(`/api/queue/leases/${body.lease.id}/heartbeat`)).status).toBe(403);
    expect((await as(intruder).post(`/api/queue/leases/${body.lease.id}/release`, { reason: 'skip' })).status).toBe(403);
    const verdict = await as(intruder).post(`/api/claims/${body.claim.id}/verdicts`, { rating: 'false', rationale: 'x' });
    expect(verdict.status).toBe(409);
    expect((await as(holder).post('/api/queue/leases/00000000-0000-4000-8000-000000000000/heartbeat')).status).toBe(404);
  });

  it('reassigns a claim to a named reviewer: the holder loses it, the named reviewer gets it next', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1, { checkworthiness: [0.5] });
    await seedReadyClaims(stack.api!, 1, { checkworthiness: [0.99] });
    const holder = await stack.createUser(Role.Reviewer);
    const expert = await stack.createUser(Role.Reviewer);
    // The holder takes the top claim; the lead moves the other one to the expert.
    const held = await as(holder).post('/api/queue/next');
    const assigned = await as(lead).post(`/api/claims/${held.body.claim.id}/assign`, { reviewerId: expert.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.queue).toMatchObject({ reservedFor: expert.id, lease: null });
    expect((await as(holder).post(`/api/queue/leases/${held.body.lease.id}/heartbeat`)).status).toBe(409);

    // Someone else asking does not get the reserved claim; the expert does, first.
    expect((await as(holder).post('/api/queue/next')).body.claim.id).toBe(claim!.id);
    expect((await as(expert).post('/api/queue/next')).body.claim.id).toBe(held.body.claim.id);

    const actions = await stack
      .dataSource()
      .getRepository(AuditLogEntity)
      .find({ where: { entityId: held.body.claim.id }, order: { id: 'ASC' } });
    expect(actions.map((entry) => entry.action)).toEqual(['lease.acquired', 'lease.revoked', 'claim.reassigned', 'lease.acquired']);
    expect((await as(lead).post(`/api/claims/${claim!.id}/assign`, { reviewerId: '00000000-0000-4000-8000-000000000000' })).status).toBe(
      422,
    );
  });

  it('lists the people a lead can reassign to (id, name, role; not disabled ones), to leads and admins only', async () => {
    const zed = await stack.createUser(Role.Reviewer, 'Zed Reviewer');
    const gone = await stack.createUser(Role.Reviewer, 'Aaron Gone');
    const admin = await stack.createUser(Role.Admin, 'Ann Admin');
    expect((await as(admin).post(`/api/users/${gone.id}/disable`)).status).toBe(200);
    const listed = await as(lead).get('/api/reviewers');
    expect(listed.status).toBe(200);
    const names = listed.body.map((reviewer: { name: string }) => reviewer.name);
    expect(names.indexOf('Ann Admin')).toBeLessThan(names.indexOf('Zed Reviewer'));
    expect(names).not.toContain('Aaron Gone');
    expect(listed.body).toEqual(
      expect.arrayContaining([
        { id: zed.id, name: 'Zed Reviewer', role: 'reviewer' },
        { id: admin.id, name: 'Ann Admin', role: 'admin' },
        { id: lead.id, name: expect.any(String), role: 'lead' },
      ]),
    );
    // Nothing but who they are: no keys, password facts or state.
    for (const reviewer of listed.body) expect(Object.keys(reviewer).sort()).toEqual(['id', 'name', 'role']);
    expect((await as(admin).get('/api/reviewers')).status).toBe(200);
    expect((await as(zed).get('/api/reviewers')).status).toBe(403);
    const { body: docs } = await as(lead).get('/docs/json');
    expect(Object.keys(docs.paths['/api/reviewers'])).toEqual(['get']);
    expect(Object.keys(docs.components.schemas.ReviewerView.properties)).toEqual(['id', 'name', 'role']);
  });

  it('pulls a claim out of the queue with a reason and puts it back', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const reviewer = await stack.createUser(Role.Reviewer);
    expect((await as(reviewer).post(`/api/claims/${claim!.id}/pull`, { reason: 'Duplicate' })).status).toBe(403);
    const pulled = await as(lead).post(`/api/claims/${claim!.id}/pull`, { reason: 'Duplicate of an earlier check' });
    expect(pulled.body).toMatchObject({ state: 'pulled', queue: { pulledReason: 'Duplicate of an earlier check' } });
    expect((await as(reviewer).post('/api/queue/next')).status).toBe(204);
    expect((await as(lead).post(`/api/claims/${claim!.id}/pull`, { reason: 'again' })).status).toBe(409);
    const back = await as(lead).post(`/api/claims/${claim!.id}/requeue`);
    expect(back.body.state).toBe('ready');
    expect((await as(reviewer).post('/api/queue/next')).body.claim.id).toBe(claim!.id);
  });

  it('sends a verdict that needs a second review back to the queue for anyone but its author', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const author = await stack.createUser(Role.Reviewer);
    const leased = await as(author).post('/api/queue/next');
    const draft = await as(author).post(`/api/claims/${claim!.id}/verdicts`, { rating: 'false', rationale: 'The UN count is far lower.' });
    expect(draft.body).toMatchObject({ state: 'draft', version: 1, rating: 'false' });
    const submitted = await as(author).post(`/api/verdicts/${draft.body.id}/submit`);
    expect(submitted.body).toMatchObject({ state: 'submitted', needsSecondReview: true });
    expect((await as(author).post(`/api/queue/leases/${leased.body.lease.id}/heartbeat`)).status).toBe(409);

    expect((await as(author).post('/api/queue/next')).status).toBe(204);
    const second = await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next');
    expect(second.body.claim.id).toBe(claim!.id);
    expect(second.body.lease.stage).toBe('second');
    expect(second.body.claim.verdicts).toMatchObject([{ id: draft.body.id, state: 'submitted' }]);
  });

  it('shows queue stats to leads and admins only', async () => {
    const [done] = await seedReadyClaims(stack.api!, 3, { desk: 'politics' });
    const finisher = await stack.createUser(Role.Reviewer);
    expect((await as(finisher).post('/api/queue/next')).body.claim.id).toBe(done!.id);
    const verdict = await as(finisher).post(`/api/claims/${done!.id}/verdicts`, {
      rating: 'mostly-true',
      rationale: 'Close to the UN figure.',
    });
    await as(finisher).post(`/api/verdicts/${verdict.body.id}/submit`);
    const reviewer = await stack.createUser(Role.Reviewer);
    await as(reviewer).post('/api/queue/next');

    expect((await as(reviewer).get('/api/queue/stats')).status).toBe(403);
    const admin = await stack.createUser(Role.Admin);
    const stats = await as(admin).get('/api/queue/stats');
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      depth: [
        { desk: 'politics', state: 'leased', stage: 'first', claims: 1 },
        { desk: 'politics', state: 'ready', stage: 'first', claims: 1 },
      ],
      waiting: 1,
      activeLeases: 1,
      inRedis: 1,
    });
    expect(stats.body.oldestWaitingSeconds).toBeGreaterThanOrEqual(0);
    expect(stats.body.reviewsCompletedLastHour).toBeGreaterThanOrEqual(1);
    expect(stats.body.medianQueuedToVerdictSeconds).toBeGreaterThanOrEqual(0);
    expect((await as(lead).get('/api/queue/stats')).status).toBe(200);
  });

  it('lists the leases held now with their reviewers, for leads and admins only', async () => {
    const [first, second] = await seedReadyClaims(stack.api!, 2, { desk: 'science' });
    const ana = await stack.createUser(Role.Reviewer, 'Reviewer Ana');
    const ben = await stack.createUser(Role.Reviewer, 'Reviewer Ben');
    const anaLease = (await as(ana).post('/api/queue/next')).body.lease;
    const benLease = (await as(ben).post('/api/queue/next')).body.lease;
    expect((await as(ana).get('/api/queue/leases/active')).status).toBe(403);
    const listed = await as(lead).get('/api/queue/leases/active');
    expect(listed.status).toBe(200);
    const byId = new Map((listed.body as Array<{ id: string }>).map((lease) => [lease.id, lease]));
    expect(byId.get(anaLease.id)).toMatchObject({ reviewerId: ana.id, reviewerName: 'Reviewer Ana', desk: 'science', stage: 'first' });
    expect(byId.get(benLease.id)).toMatchObject({ reviewerId: ben.id, reviewerName: 'Reviewer Ben', desk: 'science' });
    expect([anaLease.claimId, benLease.claimId].sort()).toEqual([first!.id, second!.id].sort());
    expect(byId.get(anaLease.id)).toMatchObject({ claimText: [first, second].find((claim) => claim!.id === anaLease.claimId)!.text });
    // A lease handed back is no longer listed.
    await as(ben).post(`/api/queue/leases/${benLease.id}/release`, { reason: 'skip' });
    const after = (await as(lead).get('/api/queue/leases/active')).body as Array<{ id: string }>;
    expect(after.map((lease) => lease.id)).toContain(anaLease.id);
    expect(after.map((lease) => lease.id)).not.toContain(benLease.id);
  });

  it('rebuilds the queue from PostgreSQL after Redis loses it, without handing out held claims', async () => {
    const claims = await seedReadyClaims(stack.api!, 12);
    const holders = await Promise.all([1, 2, 3].map(() => stack.createUser(Role.Reviewer)));
    const held = await Promise.all(holders.map(async (holder) => (await as(holder).post('/api/queue/next')).body.claim.id as string));
    const pending = claims.map((claim) => claim.id).filter((id) => !held.includes(id));

    const redis = stack.redis();
    const keys = await redis.keys(`${stack.env.QUEUE_PREFIX}:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys); // FLUSHALL, for this test's prefix only
    const order = stack.api!.get(ReviewQueueOrder);
    expect(await order.size()).toBe(0);

    // The worker notices on its next sweep and rebuilds.
    const rebuilt = await eventually(
      () => order.all(),
      (ids) => ids.length > 0,
      30_000,
    );
    expect(new Set(rebuilt)).toEqual(new Set(pending));
    expect(rebuilt).toHaveLength(pending.length);
    // Queue order survives: most check-worthy first.
    expect(rebuilt).toEqual(pending);

    const others = await Promise.all(pending.map(() => stack.createUser(Role.Reviewer)));
    const taken = await Promise.all(others.map(async (other) => (await as(other).post('/api/queue/next')).body.claim.id as string));
    expect(new Set(taken)).toEqual(new Set(pending));
    expect(taken.some((id) => held.includes(id))).toBe(false);
    expect((await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next')).status).toBe(204);
    await redis.quit();
  });

  it('keeps every lease across a restart of the API and the worker', async () => {
    const [held, waiting] = await seedReadyClaims(stack.api!, 2);
    const holder = await stack.createUser(Role.Reviewer);
    const leased = await as(holder).post('/api/queue/next');
    expect(leased.body.claim.id).toBe(held!.id);

    await stack.stopWorker();
    await stack.api!.close();
    await stack.startApi();
    await stack.startWorker();

    expect((await as(holder).post(`/api/queue/leases/${leased.body.lease.id}/heartbeat`)).status).toBe(200);
    const next = await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next');
    // (status and body first: a failure here then says what the API answered)
    expect({ status: next.status, claimId: (next.body as { claim?: { id: string } }).claim?.id }).toEqual({
      status: 200,
      claimId: waiting!.id,
    });
  });

  it('serves Bull Board at /admin/queues to admins only', async () => {
    const admin = await stack.createUser(Role.Admin);
    const anonymous = await request(stack.http).get('/admin/queues');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Basic/);
    expect((await as(lead).get('/admin/queues')).status).toBe(403);
    const page = await request(stack.http).get('/admin/queues').auth('admin', admin.key);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Factdesk queues');
    const api = await request(stack.http).get('/admin/queues/api/queues').set('Authorization', `Bearer ${admin.key}`);
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).toContain(REVIEW_QUEUE);
  });
});

describe('Review queue: lease expiry', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    stack = await TestStack.create({ LEASE_DURATION_MS: '1000', LEASE_SWEEP_INTERVAL_MS: '200' });
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
  });

  afterEach(() => emptyQueue(stack.api!));
  afterAll(() => stack.destroy());

  it('returns the claim of an expired lease to the queue; the old holder gets 409', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 2);
    const quiet = await stack.createUser(Role.Reviewer);
    const leased = await as(quiet).post('/api/queue/next');
    expect(leased.body.claim.id).toBe(claim!.id);

    await eventually(
      () => stack.dataSource().getRepository(ClaimEntity).findOneByOrFail({ id: claim!.id }),
      (row) => row.state === ClaimState.Ready,
    );
    expect((await as(quiet).post(`/api/queue/leases/${leased.body.lease.id}/heartbeat`)).status).toBe(409);
    const late = await as(quiet).post(`/api/claims/${claim!.id}/verdicts`, { rating: 'true', rationale: 'Too late.' });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/lease ended \(expired\)/);

    // Back at its old priority: the next reviewer gets it first.
    expect((await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next')).body.claim.id).toBe(claim!.id);
    const expired = await stack.dataSource().getRepository(AuditLogEntity).findOneBy({ entityId: claim!.id, action: 'lease.expired' });
    expect(expired?.details).toMatchObject({ leaseId: leased.body.lease.id, reviewerId: quiet.id });
  });

  it('keeps a lease alive while the reviewer heartbeats', async () => {
    const [claim, next] = await seedReadyClaims(stack.api!, 2);
    const busy = await stack.createUser(Role.Reviewer);
    const leased = await as(busy).post('/api/queue/next');
    expect(leased.body.claim.id).toBe(claim!.id);
    for (let beat = 0; beat < 8; beat += 1) {
      await sleep(300);
      const response = await as(busy).post(`/api/queue/leases/${leased.body.lease.id}/heartbeat`);
      expect(response.status).toBe(200);
      expect(new Date(response.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    }
    // Someone else asking now gets the next claim, not the one still held.
    expect((await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next')).body.claim.id).toBe(next!.id);
    const verdict = await as(busy).post(`/api/claims/${claim!.id}/verdicts`, { rating: 'true', rationale: 'Checked against the log.' });
    expect(verdict.status).toBe(201);
  });
});

describe('Review queue: Redis unreachable', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let consoleErrors: jest.SpyInstance;

  beforeAll(async () => {
    consoleErrors = jest.spyOn(console, 'error');
    stack = await TestStack.create({ REDIS_URL: 'redis://127.0.0.1:1' }); // nothing listens there
    await stack.startApi();
    as = clientFor(stack);
  });

  afterAll(async () => {
    await stack.destroy();
    consoleErrors.mockRestore();
  });

  it('keeps leasing in database order, and the lease stands', async () => {
    const [first, second] = await seedReadyClaims(stack.api!, 2, { enqueue: false });
    const reviewer = await stack.createUser(Role.Reviewer);
    const leased = await as(reviewer).post('/api/queue/next');
    expect(leased.status).toBe(200);
    expect(leased.body.claim.id).toBe(first!.id);
    const released = await as(reviewer).post(`/api/queue/leases/${leased.body.lease.id}/release`, { reason: 'needs_expertise' });
    expect(released.status).toBe(200);
    const other = await as(await stack.createUser(Role.Reviewer)).post('/api/queue/next');
    expect([first!.id, second!.id]).toContain(other.body.claim.id);
    expect((await request(stack.http).get('/health')).status).toBe(503);
    // The outage goes to the structured log (once per queue and interval), not as stack traces on the console.
    expect(consoleErrors).not.toHaveBeenCalled();
  });
});
