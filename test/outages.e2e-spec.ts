import type { Response } from 'supertest';
import { UsersService } from '@factdesk/auth';
import { ArticleStatus, ClaimEntity, ClaimState, Role } from '@factdesk/database';
import { ReviewQueueOrder } from '@factdesk/review-queue';
import { articleInput } from './support/fixtures';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { waitFor } from './support/processes';
import { emptyQueue, seedReadyClaims } from './support/queue-fixtures';
import { TcpProxy } from './support/tcp-proxy';
import { TEST_POSTGRES_URL, TEST_REDIS_URL } from './support/test-database';
import request from 'supertest';

/** What the issue promises: every request answers within this, whatever is down. */
const BOUND_MS = 5000;

interface Answer {
  route: string;
  status: number;
  ms: number;
  response: Response;
}

/** Sends a request and times it; a request that never answers fails the test at the bound instead of hanging it. */
async function timed(route: string, send: () => PromiseLike<Response>): Promise<Answer> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const response = await Promise.race([
    Promise.resolve(send()),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${route} did not answer within ${BOUND_MS * 2} ms`)), BOUND_MS * 2);
    }),
  ]).finally(() => clearTimeout(timer));
  return { route, status: response.status, ms: Date.now() - started, response };
}

/** Every answer came within the bound, and no 5xx but 503 (with Retry-After and a JSON message). */
function expectBounded(answers: Answer[]): void {
  const slow = answers.filter((answer) => answer.ms > BOUND_MS).map(({ route, ms }) => `${route}: ${ms} ms`);
  expect(slow).toEqual([]);
  const broken = answers
    .filter((answer) => answer.status >= 500 && answer.status !== 503)
    .map(({ route, status }) => `${route}: ${status}`);
  expect(broken).toEqual([]);
  for (const answer of answers.filter((a) => a.status === 503)) {
    expect({ route: answer.route, retryAfter: answer.response.headers['retry-after'] }).toEqual({ route: answer.route, retryAfter: '5' });
  }
}

describe('Every request answers within a bound when Redis or PostgreSQL is down', () => {
  let redis: TcpProxy;
  let postgres: TcpProxy;
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let reviewer: TestUser;
  let second: TestUser;
  let lead: TestUser;
  let admin: TestUser;
  const reviewerName = 'Outage Reviewer';

  beforeAll(async () => {
    redis = await TcpProxy.start(TEST_REDIS_URL);
    postgres = await TcpProxy.start(TEST_POSTGRES_URL);
    stack = await TestStack.create(
      { LEASE_SWEEP_INTERVAL_MS: '300', AUTH_CACHE_TTL_MS: '0' },
      { database: (url) => postgres.route(url), redis: (url) => redis.route(url) },
    );
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
    [reviewer, second, lead, admin] = [
      await stack.createUser(Role.Reviewer, reviewerName),
      await stack.createUser(Role.Reviewer),
      await stack.createUser(Role.Lead),
      await stack.createUser(Role.Admin),
    ];
  });

  afterEach(async () => {
    await redis.restore();
    await postgres.restore();
  });

  afterAll(async () => {
    await redis.restore();
    await postgres.restore();
    await stack.destroy();
    await redis.stop();
    await postgres.stop();
  });

  it('with Redis cut: writes PostgreSQL can hold are accepted, the rest answers 503, and all is caught up once Redis is back', async () => {
    await emptyQueue(stack.api!);
    const claims = await seedReadyClaims(stack.api!, 4);
    await redis.cut();

    const answers: Answer[] = [];
    const ask = async (route: string, send: () => PromiseLike<Response>) => {
      const answer = await timed(route, send);
      answers.push(answer);
      return answer.response;
    };

    const health = await ask('GET /health', () => request(stack.http).get('/health'));
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'error', info: { database: { status: 'up' } }, error: { redis: { status: 'down' } } });

    const submitted = await ask('POST /api/articles', () =>
      as(reviewer).post('/api/articles', articleInput({ title: 'Filed during the outage' })),
    );
    expect(submitted.status).toBe(201);
    expect(submitted.body.status).toBe(ArticleStatus.Received);
    expect((await ask('GET /api/articles', () => as(reviewer).get('/api/articles'))).status).toBe(200);
    expect((await ask('GET /api/articles/:id', () => as(reviewer).get(`/api/articles/${submitted.body.id}`))).status).toBe(200);

    // The queue's order lives in Redis; PostgreSQL's own order takes over.
    const next = await ask('POST /api/queue/next', () => as(reviewer).post('/api/queue/next'));
    expect(next.status).toBe(200);
    const claimId = next.body.claim.id as string;
    const leaseId = next.body.lease.id as string;
    expect(claims.map((claim) => claim.id)).toContain(claimId);
    expect((await ask('GET /api/queue/leases', () => as(reviewer).get('/api/queue/leases'))).body).toHaveLength(1);
    expect(
      (await ask('POST /api/queue/leases/:id/heartbeat', () => as(reviewer).post(`/api/queue/leases/${leaseId}/heartbeat`))).status,
    ).toBe(200);
    expect((await ask('GET /api/claims', () => as(reviewer).get('/api/claims?state=ready'))).status).toBe(200);
    expect((await ask('GET /api/claims/:id', () => as(reviewer).get(`/api/claims/${claimId}`))).status).toBe(200);
    const evidence = await ask('POST /api/claims/:id/evidence', () =>
      as(reviewer).post(`/api/claims/${claimId}/evidence`, {
        url: 'https://example.org/outage-report',
        title: 'Report',
        publisher: 'Example',
        stance: 'supports',
      }),
    );
    expect(evidence.status).toBe(201);
    const verdict = await ask('POST /api/claims/:id/verdicts', () =>
      as(reviewer).post(`/api/claims/${claimId}/verdicts`, { rating: 'true', rationale: 'Matches the report.', submit: true }),
    );
    expect(verdict.status).toBe(201);
    expect((await ask('GET /api/verdicts', () => as(reviewer).get('/api/verdicts?state=submitted'))).status).toBe(200);
    expect((await ask('GET /api/verdicts/:id', () => as(reviewer).get(`/api/verdicts/${verdict.body.id}`))).status).toBe(200);
    expect((await ask('POST /api/verdicts/:id/approve', () => as(lead).post(`/api/verdicts/${verdict.body.id}/approve`, {}))).status).toBe(
      200,
    );
    expect((await ask('POST /api/verdicts/:id/publish', () => as(lead).post(`/api/verdicts/${verdict.body.id}/publish`))).status).toBe(200);

    const another = await ask('POST /api/queue/next (second reviewer)', () => as(second).post('/api/queue/next'));
    expect(another.status).toBe(200);
    expect(
      (
        await ask('POST /api/queue/leases/:id/release', () =>
          as(second).post(`/api/queue/leases/${another.body.lease.id}/release`, { reason: 'skip' }),
        )
      ).status,
    ).toBe(200);

    const triaged = claims.find((claim) => claim.id !== claimId && claim.id !== another.body.claim.id)!;
    expect(
      (await ask('PATCH /api/claims/:id/priority', () => as(lead).patch(`/api/claims/${triaged.id}/priority`, { boost: 30 }))).status,
    ).toBe(200);
    expect(
      (await ask('POST /api/claims/:id/pull', () => as(lead).post(`/api/claims/${triaged.id}/pull`, { reason: 'Duplicate' }))).status,
    ).toBe(200);
    expect((await ask('POST /api/claims/:id/requeue', () => as(lead).post(`/api/claims/${triaged.id}/requeue`))).status).toBe(200);
    expect(
      (await ask('POST /api/claims/:id/assign', () => as(lead).post(`/api/claims/${triaged.id}/assign`, { reviewerId: second.id }))).status,
    ).toBe(200);
    const stats = await ask('GET /api/queue/stats', () => as(lead).get('/api/queue/stats'));
    expect(stats.status).toBe(200);
    expect(stats.body.inRedis).toBeNull();
    expect((await ask('GET /api/users', () => as(admin).get('/api/users'))).status).toBe(200);

    // The queue dashboard is Redis and nothing else.
    const dashboard = await ask('GET /admin/queues', () =>
      request(stack.http).get('/admin/queues').set('Authorization', `Bearer ${admin.key}`),
    );
    expect(dashboard.status).toBe(503);
    expect(dashboard.body.message).toMatch(/needs Redis/);

    expectBounded(answers);

    // Redis back: the article filed during the outage is extracted (the worker's reconciliation
    // enqueues it), and BullMQ holds exactly PostgreSQL's ready claims again.
    await redis.restore();
    await stack.waitForArticle(submitted.body.id, ArticleStatus.Extracted, 30_000);
    await waitFor(
      'BullMQ to hold exactly the ready claims',
      async () => {
        const ready = await stack.dataSource().getRepository(ClaimEntity).findBy({ state: ClaimState.Ready });
        const inRedis = await stack.api!.get(ReviewQueueOrder).all();
        return (
          ready.length > 0 &&
          [...inRedis].sort().join() ===
            ready
              .map((claim) => claim.id)
              .sort()
              .join()
        );
      },
      30_000,
    );
    expect((await request(stack.http).get('/health')).status).toBe(200);
  });

  it('with PostgreSQL cut: every route answers 503 fast, /health names the database, and nothing accepted before is lost', async () => {
    const before = await as(reviewer).post('/api/articles', articleInput({ title: 'Filed before the outage' }));
    expect(before.status).toBe(201);
    await stack.waitForArticle(before.body.id, ArticleStatus.Extracted);
    const claimsBefore = (await as(reviewer).get(`/api/articles/${before.body.id}`)).body.claims as unknown[];
    const [claim] = await seedReadyClaims(stack.api!, 1);
    await stack.api!.get(UsersService).setPassword(reviewer.id, 'a password for the outage', null);
    const signedIn = await request(stack.http).post('/api/session').send({ name: reviewerName, password: 'a password for the outage' });
    expect(signedIn.status).toBe(201);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;

    await postgres.cut();
    const routes: Array<[string, () => PromiseLike<Response>]> = [
      ['POST /api/articles', () => as(reviewer).post('/api/articles', articleInput({ title: 'Filed during the outage' }))],
      ['GET /api/articles', () => as(reviewer).get('/api/articles')],
      ['GET /api/articles/:id', () => as(reviewer).get(`/api/articles/${before.body.id}`)],
      ['POST /api/queue/next', () => as(second).post('/api/queue/next')],
      ['GET /api/queue/leases', () => as(reviewer).get('/api/queue/leases')],
      ['GET /api/claims', () => as(reviewer).get('/api/claims')],
      ['GET /api/claims/:id', () => as(reviewer).get(`/api/claims/${claim!.id}`)],
      [
        'POST /api/claims/:id/evidence',
        () =>
          as(reviewer).post(`/api/claims/${claim!.id}/evidence`, {
            url: 'https://example.org/x',
            title: 'X',
            publisher: 'X',
            stance: 'context',
          }),
      ],
      [
        'POST /api/claims/:id/verdicts',
        () => as(reviewer).post(`/api/claims/${claim!.id}/verdicts`, { rating: 'true', rationale: 'Checked.' }),
      ],
      ['GET /api/verdicts', () => as(reviewer).get('/api/verdicts')],
      ['GET /api/queue/stats', () => as(lead).get('/api/queue/stats')],
      ['PATCH /api/claims/:id/priority', () => as(lead).patch(`/api/claims/${claim!.id}/priority`, { boost: 10 })],
      ['GET /api/users', () => as(admin).get('/api/users')],
      [
        'POST /api/session',
        () => request(stack.http).post('/api/session').send({ name: reviewerName, password: 'a password for the outage' }),
      ],
      ['GET /api/session', () => request(stack.http).get('/api/session').set('Cookie', cookie)],
    ];
    const answers: Answer[] = [];
    for (const [route, send] of routes) answers.push(await timed(route, send));
    expectBounded(answers);
    expect(answers.filter((answer) => answer.status !== 503).map(({ route, status }) => `${route}: ${status}`)).toEqual([]);
    expect(answers[0]!.response.body).toMatchObject({ statusCode: 503, code: 'service.database_unavailable' });
    expect(answers[0]!.response.body.message).toMatch(/database is unavailable/);

    const health = await timed('GET /health', () => request(stack.http).get('/health'));
    expectBounded([health]);
    expect(health.status).toBe(503);
    expect(health.response.body).toMatchObject({
      status: 'error',
      info: { redis: { status: 'up' } },
      error: { database: { status: 'down' } },
    });

    // PostgreSQL back: what was accepted is all there, and everything works again.
    await postgres.restore();
    await waitFor('the API to reach PostgreSQL again', async () => (await request(stack.http).get('/health')).status === 200, 15_000);
    const after = await as(reviewer).get(`/api/articles/${before.body.id}`);
    expect(after.status).toBe(200);
    expect(after.body.claims).toEqual(claimsBefore);
    const submitted = await as(reviewer).post('/api/articles', articleInput({ title: 'Filed after the outage' }));
    expect(submitted.status).toBe(201);
    await stack.waitForArticle(submitted.body.id, ArticleStatus.Extracted, 30_000);
    expect((await as(second).post('/api/queue/next')).status).toBe(200);
  });
});
