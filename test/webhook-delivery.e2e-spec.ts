import type { ChildProcess } from 'node:child_process';
import { ArticleStatus, Role } from '@factdesk/database';
import { WebhookDeliveryService } from '@factdesk/webhooks';
import { articleInput } from './support/fixtures';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { spawnEntry, waitFor } from './support/processes';
import { Received, WebhookReceiver } from './support/webhook-receiver';

/** Millisecond schedules and intervals: five attempts 40 ms apart, a relay every 50 ms, a 1 s timeout (a loaded CI machine answers slowly). */
const FAST = {
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_RELAY_INTERVAL_MS: '50',
  WEBHOOK_RETRY_SCHEDULE_MS: '0,40,40,40,40',
  WEBHOOK_TIMEOUT_MS: '1000',
  WEBHOOK_OUTBOX_RETENTION_MS: '0',
  WEBHOOK_TRIM_INTERVAL_MS: '200',
  JOB_LOCK_DURATION_MS: '1000',
  JOB_STALLED_INTERVAL_MS: '1000',
};

interface Subscription {
  id: string;
  secret: string;
}

describe('webhook delivery', () => {
  let stack: TestStack;
  let admin: TestUser;
  let as: ReturnType<typeof clientFor>;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    stack = await TestStack.create(FAST);
    await stack.startApi();
    await stack.startWorker();
    admin = await stack.createUser(Role.Admin);
    as = clientFor(stack);
  });

  afterAll(async () => {
    for (const receiver of receivers) await receiver.close();
    await stack.destroy();
  });

  async function receiver(): Promise<WebhookReceiver> {
    const started = await WebhookReceiver.start();
    receivers.push(started);
    return started;
  }

  /** POST /api/webhooks for the receiver; the receiver learns the secret the answer carries. */
  async function subscribe(to: WebhookReceiver, events: string[], options: { ordered?: boolean } = {}): Promise<Subscription> {
    const created = await as(admin).post('/api/webhooks', { url: to.url, events, description: 'test receiver', ...options });
    expect(created.status).toBe(201);
    to.secrets = [created.body.secret as string];
    return { id: created.body.id as string, secret: created.body.secret as string };
  }

  let articleId: string | undefined;
  /** Writes `count` article.revised events (revision 1..count) to the outbox in one transaction, as extraction would. */
  async function revisedEvents(count: number): Promise<void> {
    if (!articleId) {
      const article = await as(admin).post('/api/articles', articleInput());
      articleId = article.body.id as string;
      await stack.waitForArticle(articleId, ArticleStatus.Extracted);
    }
    await stack.dataSource().query(
      `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload)
       SELECT 'article.revised', 'article', $1, jsonb_build_object('revision', g, 'claims', '{}'::jsonb) FROM generate_series(1, $2::int) g`,
      [articleId, count],
    );
  }

  async function deliveries(subscription: Subscription, query = ''): Promise<Array<Record<string, any>>> {
    const response = await as(admin).get(`/api/webhooks/${subscription.id}/deliveries?limit=100${query}`);
    expect(response.status).toBe(200);
    return response.body.items as Array<Record<string, any>>;
  }

  async function settled(subscription: Subscription, count: number): Promise<Array<Record<string, any>>> {
    return waitFor(
      `${count} settled deliveries`,
      async () => {
        const items = await deliveries(subscription);
        return items.length === count && items.every((item) => item.status !== 'pending') && items;
      },
      15_000,
    );
  }

  it('publishing a verdict delivers one signed verdict.published carrying the verdict as the API shows it', async () => {
    const to = await receiver();
    const subscription = await subscribe(to, ['verdict.published']);
    const reviewer = await stack.createUser(Role.Reviewer);
    const lead = await stack.createUser(Role.Lead);
    const article = await as(reviewer).post('/api/articles', articleInput());
    await stack.waitForArticle(article.body.id, ArticleStatus.Extracted);
    const next = await waitFor('a claim in the queue', async () => {
      const leased = await as(reviewer).post('/api/queue/next');
      return leased.status === 200 && leased;
    });
    const claimId = next.body.claim.id as string;
    const verdict = await as(reviewer).post(`/api/claims/${claimId}/verdicts`, {
      rating: 'true',
      rationale: 'Matches the record.',
      submit: true,
    });
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/approve`, {})).status).toBe(200);
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/publish`)).status).toBe(200);

    await waitFor('the verdict.published webhook', async () => to.accepted.length > 0);
    const shown = (await as(lead).get(`/api/verdicts/${verdict.body.id}`)).body;
    expect(to.received).toHaveLength(1);
    const [delivered] = to.received;
    expect(delivered!.verifiedWith).toEqual([0]);
    expect(delivered!.payload).toMatchObject({ version: 1, type: 'verdict.published' });
    expect(delivered!.payload.data).toMatchObject({
      id: shown.id,
      claimId: shown.claimId,
      version: shown.version,
      rating: 'true',
      rationale: 'Matches the record.',
      state: 'published',
      publishedAt: shown.publishedAt,
      claim: { id: claimId, text: next.body.claim.text },
    });
    expect(delivered!.payload.data.claimReview).toMatchObject({ '@type': 'ClaimReview', reviewRating: { ratingValue: 5 } });

    const [logged] = await settled(subscription, 1);
    expect(logged).toMatchObject({ status: 'delivered', webhookId: delivered!.webhookId, eventType: 'verdict.published', attempts: 1 });
    expect(logged!.attemptLog).toEqual([expect.objectContaining({ statusCode: 204, error: null })]);
  });

  it('a receiver answering 500 three times, then 200, gets one event: four logged attempts, one webhook-id', async () => {
    const to = await receiver();
    to.respond = (_, n) => (n < 3 ? { status: 500, body: 'database down' } : { status: 200, body: 'ok' });
    const subscription = await subscribe(to, ['article.revised']);
    await revisedEvents(1);

    const [logged] = await settled(subscription, 1);
    expect(to.received).toHaveLength(4);
    expect(new Set(to.received.map((request) => request.webhookId)).size).toBe(1);
    expect(to.received.every((request) => request.verifiedWith.length === 1)).toBe(true);
    expect(logged).toMatchObject({ status: 'delivered', attempts: 4, webhookId: to.received[0]!.webhookId });
    expect(logged!.attemptLog.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([500, 500, 500, 200]);
    expect(logged!.attemptLog[0]).toMatchObject({ responseExcerpt: 'database down', error: null });
    expect(logged!.attemptLog[3]).toMatchObject({ responseExcerpt: 'ok' });
    expect(logged!.attemptLog.every((attempt: { latencyMs: number }) => attempt.latencyMs >= 0)).toBe(true);
  });

  it('a receiver that hangs is timed out and retried', async () => {
    const to = await receiver();
    to.respond = (_, n) => (n === 0 ? 'hang' : { status: 204 });
    const subscription = await subscribe(to, ['article.revised']);
    await revisedEvents(1);

    const [logged] = await settled(subscription, 1);
    expect(logged!.status).toBe('delivered');
    expect(logged!.attemptLog).toEqual([
      expect.objectContaining({ statusCode: null, error: 'no response within 1000 ms' }),
      expect.objectContaining({ statusCode: 204, error: null }),
    ]);
    expect(to.received.map((request) => request.webhookId)).toEqual([logged!.webhookId, logged!.webhookId]);
  });

  it('410 Gone disables the endpoint at once, with the reason', async () => {
    const to = await receiver();
    to.respond = () => ({ status: 410 });
    const subscription = await subscribe(to, ['article.revised']);
    await revisedEvents(3);

    const shown = await waitFor('the subscription disabled', async () => {
      const response = await as(admin).get(`/api/webhooks/${subscription.id}`);
      return response.body.status === 'disabled' && response.body;
    });
    expect(shown.disabledReason).toContain('410 Gone');
    expect(to.received).toHaveLength(1); // no retry, and nothing after it
    const items = await settled(subscription, 3);
    expect(items.map((item) => item.status).sort()).toEqual(['cancelled', 'cancelled', 'failed']);
    expect((await as(admin).post(`/api/webhooks/${subscription.id}/test`)).status).toBe(409);
  });

  it('an endpoint failing for longer than WEBHOOK_DISABLE_AFTER_MS (5 days) is disabled with the reason, audited', async () => {
    const to = await receiver();
    to.respond = (_, n) => (n === 0 ? { status: 502 } : 'hang');
    const subscription = await subscribe(to, ['article.revised']);
    await revisedEvents(1);
    await waitFor('the first failure', async () => (await as(admin).get(`/api/webhooks/${subscription.id}`)).body.failingSince);
    // As if it had kept failing since six days ago.
    await stack
      .dataSource()
      .query(`UPDATE webhook_subscriptions SET failing_since = now() - interval '6 days' WHERE id = $1`, [subscription.id]);

    const shown = await waitFor('the subscription disabled', async () => {
      const response = await as(admin).get(`/api/webhooks/${subscription.id}`);
      return response.body.status === 'disabled' && response.body;
    });
    expect(shown.disabledReason).toMatch(
      /^every attempt failed since .* \(longer than WEBHOOK_DISABLE_AFTER_MS, 432000000 ms\); last: no response within 1000 ms$/,
    );
    const audit = (await stack
      .dataSource()
      .query(`SELECT actor_id, details FROM audit_log WHERE entity_id = $1 AND action = 'webhook.disabled'`, [subscription.id])) as Array<{
      actor_id: string | null;
      details: { reason: string };
    }>;
    expect(audit).toEqual([{ actor_id: null, details: { reason: shown.disabledReason } }]);
    expect((await settled(subscription, 1))[0]!.status).toBe('failed');
  });

  it('a paused endpoint keeps its events and receives them, in order, when resumed', async () => {
    const to = await receiver();
    const subscription = await subscribe(to, ['article.revised']);
    expect((await as(admin).post(`/api/webhooks/${subscription.id}/pause`)).status).toBe(200);
    await revisedEvents(3);
    await waitFor('three deliveries held', async () => (await deliveries(subscription)).length === 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(to.received).toHaveLength(0);

    expect((await as(admin).post(`/api/webhooks/${subscription.id}/resume`)).status).toBe(200);
    await settled(subscription, 3);
    expect(to.received.map((request) => request.payload.data.revised.revision)).toEqual([1, 2, 3]);
  });

  it('during a secret rotation every delivery verifies with the old secret and with the new one', async () => {
    const to = await receiver();
    const subscription = await subscribe(to, ['article.revised']);
    const rotated = await as(admin).post(`/api/webhooks/${subscription.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    to.secrets = [subscription.secret, rotated.body.secret as string];
    await revisedEvents(2);

    await settled(subscription, 2);
    expect(to.received).toHaveLength(2);
    for (const request of to.received) {
      expect(request.verifiedWith).toEqual([0, 1]);
      expect(request.signature.split(' ')).toHaveLength(2);
    }
  });

  it('ten events to one endpoint arrive in the order they happened, the rest waiting while the first is retried', async () => {
    const to = await receiver();
    to.respond = (_, n) => (n < 2 ? { status: 503 } : { status: 200 });
    const subscription = await subscribe(to, ['article.revised']);
    await revisedEvents(10);

    await settled(subscription, 10);
    // As a receiver sees them, de-duplicated by webhook-id (a worker that timed out on a slow answer sends it again).
    const revision = (request: Received) => request.payload.data.revised.revision as number;
    const firstArrivals = [...new Map(to.received.map((request) => [request.webhookId, revision(request)])).values()];
    expect(firstArrivals).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Nothing else arrived while the first was being retried.
    const firstAccepted = to.received.findIndex((request) => request.status === 200);
    expect(to.received.slice(0, firstAccepted + 1).map(revision)).toEqual([1, 1, 1]);
  });

  it('more events than one round: in order, each attempt logged once, a failure in a later round holding the rest back', async () => {
    const to = await receiver();
    // The 120th request fails once: rounds before it were recorded while the next one was sent.
    to.respond = (_, n) => (n === 119 ? { status: 503 } : { status: 200 });
    const subscription = await subscribe(to, ['article.revised']);
    await revisedEvents(150);

    const rows = await waitFor(
      '150 deliveries delivered',
      async () => {
        const found = (await stack.dataSource().query(
          `SELECT d.status, d.attempts, d.payload->'data'->'revised'->>'revision' AS revision,
                  (SELECT count(*)::int FROM webhook_attempts a WHERE a.delivery_id = d.id) AS logged
             FROM webhook_deliveries d WHERE d.subscription_id = $1 ORDER BY d.seq`,
          [subscription.id],
        )) as Array<{ status: string; attempts: number; revision: string; logged: number }>;
        return found.length === 150 && found.every((row) => row.status === 'delivered') && found;
      },
      30_000,
    );
    const revisions = Array.from({ length: 150 }, (_, i) => i + 1);
    expect(rows.map((row) => Number(row.revision))).toEqual(revisions);
    expect(rows.map((row) => row.logged)).toEqual(revisions.map((revision) => (revision === 120 ? 2 : 1)));
    expect(rows.map((row) => row.attempts)).toEqual(revisions.map((revision) => (revision === 120 ? 2 : 1)));
    const revision = (request: Received) => request.payload.data.revised.revision as number;
    expect(to.received.map(revision)).toEqual([...revisions.slice(0, 120), 120, ...revisions.slice(120)]);
    const [{ failing }] = (await stack
      .dataSource()
      .query(`SELECT failing_since IS NOT NULL AS failing FROM webhook_subscriptions WHERE id = $1`, [subscription.id])) as Array<{
      failing: boolean;
    }>;
    expect(failing).toBe(false);
  });

  it('with ordered: false, the others do not wait for a retry', async () => {
    const to = await receiver();
    to.respond = (request) => (request.payload.data.revised.revision === 1 && to.received.length < 3 ? { status: 500 } : { status: 200 });
    const subscription = await subscribe(to, ['article.revised'], { ordered: false });
    await revisedEvents(5);

    await settled(subscription, 5);
    const accepted = [...new Set(to.accepted.map((request) => request.payload.data.revised.revision as number))];
    expect([...accepted].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(accepted[0]).not.toBe(1);
  });

  it('replays one delivery and every failed one since a time, with the same webhook-id; a test sends a ping', async () => {
    const to = await receiver();
    to.respond = () => ({ status: 500 });
    const subscription = await subscribe(to, ['article.revised']);
    const before = new Date(Date.now() - 1000).toISOString();
    await revisedEvents(2);
    const failed = await settled(subscription, 2);
    expect(failed.map((item) => item.status)).toEqual(['failed', 'failed']);
    expect((await deliveries(subscription, '&status=failed&eventType=article.revised')).length).toBe(2);
    expect((await deliveries(subscription, '&status=delivered')).length).toBe(0);

    to.respond = () => ({ status: 200 });
    const replayed = await as(admin).post(`/api/webhooks/${subscription.id}/deliveries/${failed[0]!.id}/replay`);
    expect(replayed.status).toBe(202);
    await waitFor('the replayed delivery', async () => to.accepted.length === 1);
    expect(to.accepted[0]!.webhookId).toBe(failed[0]!.webhookId);

    const bulk = await as(admin).post(`/api/webhooks/${subscription.id}/replay`, { since: before });
    expect(bulk.body).toEqual({ queued: 1 });
    await waitFor('the other failed delivery', async () => to.accepted.length === 2);
    expect(to.accepted[1]!.webhookId).toBe(failed[1]!.webhookId);

    const ping = await as(admin).post(`/api/webhooks/${subscription.id}/test`);
    expect(ping.status).toBe(202);
    await waitFor('the ping', async () => to.accepted.length === 3);
    expect(to.accepted[2]!.payload).toMatchObject({ type: 'ping', data: { subscriptionId: subscription.id } });
    expect(to.accepted[2]!.verifiedWith).toEqual([0]);

    const all = await deliveries(subscription);
    expect(all.find((item) => item.id === failed[0]!.id)!.attemptLog).toHaveLength(6); // five failures, then the replay
    expect((await as(admin).post(`/api/webhooks/${subscription.id}/replay`, { since: 'yesterday' })).status).toBe(400);
  });

  it('trims relayed outbox rows once every delivery is final, keeping the delivery log', async () => {
    const to = await receiver();
    const subscription = await subscribe(to, ['article.revised']);
    await revisedEvents(1);
    const [logged] = await settled(subscription, 1);
    await waitFor('the outbox row trimmed', async () => {
      const rows = (await stack.dataSource().query(`SELECT 1 FROM outbox_events WHERE id = $1`, [logged!.outboxEventId])) as unknown[];
      return rows.length === 0;
    });
    const [kept] = await deliveries(subscription);
    expect(kept).toMatchObject({ status: 'delivered', payload: { type: 'article.revised' } });
  });

  it('refuses private, loopback and link-local addresses at delivery time, and names whose DNS answer changed', async () => {
    const to = await receiver();
    const subscription = await subscribe(to, ['article.revised']);
    const port = new URL(to.url).port;
    const delivery = stack.worker!.get(WebhookDeliveryService);
    delivery.hostLookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const refused = [
      `http://10.0.0.1:${port}/hooks`,
      `http://169.254.169.254:${port}/hooks`,
      `http://[::1]:${port}/hooks`,
      `http://[::ffff:127.0.0.1]:${port}/hooks`,
      `http://rebound.example:${port}/hooks`, // resolved to 127.0.0.1 now, not allow-listed
    ];
    try {
      for (const [index, url] of refused.entries()) {
        await stack.dataSource().query(`UPDATE webhook_subscriptions SET url = $2 WHERE id = $1`, [subscription.id, url]);
        expect((await as(admin).post(`/api/webhooks/${subscription.id}/test`)).status).toBe(202);
        const items = await settled(subscription, index + 1);
        const [latest] = items;
        expect(latest!.status).toBe('failed');
        for (const attempt of latest!.attemptLog)
          expect(attempt.error).toMatch(/^refused before connecting: the URL address .* only public addresses/);
      }
      // The allow-list taken away after subscribing: the receiver's own address is refused too.
      stack.env.WEBHOOK_ALLOWED_HOSTS = [];
      await stack.dataSource().query(`UPDATE webhook_subscriptions SET url = $2 WHERE id = $1`, [subscription.id, to.url]);
      await as(admin).post(`/api/webhooks/${subscription.id}/test`);
      const [latest] = await settled(subscription, refused.length + 1);
      expect(latest!.attemptLog[0].error).toContain('127.0.0.1 is');
      expect(to.received).toHaveLength(0);
    } finally {
      stack.env.WEBHOOK_ALLOWED_HOSTS = ['127.0.0.1'];
      delivery.hostLookup = undefined;
    }
  });
});

describe('webhook delivery when a worker dies', () => {
  let stack: TestStack;
  let to: WebhookReceiver;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    stack = await TestStack.create(FAST);
    await stack.startApi();
    to = await WebhookReceiver.start();
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await to.close();
    await stack.destroy();
  });

  function startWorker(): ChildProcess {
    const worker = spawnEntry('apps/worker/src/main.ts', [], stack.processEnv);
    worker.stdout?.resume();
    worker.stderr?.resume();
    workers.push(worker);
    return worker;
  }

  it('loses no event when the worker is killed (SIGKILL) in the middle of a delivery', async () => {
    const admin = await stack.createUser(Role.Admin);
    const created = await clientFor(stack)(admin).post('/api/webhooks', { url: to.url, events: ['article.revised'] });
    expect(created.status).toBe(201);
    to.secrets = [created.body.secret as string];
    const subscription = { id: created.body.id as string };
    const article = await clientFor(stack)(admin).post('/api/articles', articleInput());
    // The third event's first request hangs: the worker is killed while it waits for the answer.
    let killed = false;
    const first = startWorker();
    to.respond = (_, n) => {
      if (n === 2 && !killed) {
        killed = true;
        first.kill('SIGKILL');
        return 'hang';
      }
      return { status: 200 };
    };
    await stack.dataSource().query(
      `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload)
       SELECT 'article.revised', 'article', $1, jsonb_build_object('revision', g) FROM generate_series(1, 5) g`,
      [article.body.id],
    );
    await waitFor('the worker killed mid-delivery', async () => killed && first.signalCode === 'SIGKILL', 60_000);
    startWorker();

    const expected = await waitFor(
      'five events delivered after the restart',
      async () => {
        const rows = (await stack
          .dataSource()
          .query(
            `SELECT msg_id, status FROM webhook_deliveries WHERE subscription_id = $1 AND event_type = 'article.revised' ORDER BY seq`,
            [subscription.id],
          )) as Array<{ msg_id: string; status: string }>;
        return rows.length === 5 && rows.every((row) => row.status === 'delivered') && rows;
      },
      60_000,
    );
    const acceptedIds = [...new Set(to.accepted.map((request) => request.webhookId))];
    expect(acceptedIds.filter((id) => expected.some((row) => row.msg_id === id))).toEqual(expected.map((row) => row.msg_id));
    // The one in flight was sent again with the same webhook-id: receivers de-duplicate it.
    const interrupted = to.received[2]!;
    expect(to.accepted.some((request) => request.webhookId === interrupted.webhookId)).toBe(true);
    expect(to.received.every((request) => request.verifiedWith.length === 1)).toBe(true);
  }, 120_000);
});

describe('webhook relay woken by outbox commits', () => {
  // A fallback interval far longer than the test: only a commit's notification can relay in time.
  const INTERVAL_MS = 60_000;
  let stack: TestStack;
  let to: WebhookReceiver;
  let articleId: string;

  beforeAll(async () => {
    stack = await TestStack.create({ ...FAST, WEBHOOK_RELAY_INTERVAL_MS: String(INTERVAL_MS) });
    await stack.startApi();
    await stack.startWorker();
    to = await WebhookReceiver.start();
    const admin = await stack.createUser(Role.Admin);
    const created = await clientFor(stack)(admin).post('/api/webhooks', { url: to.url, events: ['article.revised'] });
    expect(created.status).toBe(201);
    to.secrets = [created.body.secret as string];
    const article = await clientFor(stack)(admin).post('/api/articles', articleInput());
    articleId = article.body.id as string;
  });

  afterAll(async () => {
    await to.close();
    await stack.destroy();
  });

  /** One article.revised per transaction, `gapMs` apart: what the API's writes look like. */
  async function commits(revisions: number[], gapMs = 0): Promise<void> {
    for (const revision of revisions) {
      await stack
        .dataSource()
        .query(
          `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload) VALUES ('article.revised', 'article', $1, jsonb_build_object('revision', $2::int))`,
          [articleId, revision],
        );
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  }

  const arrived = (revisions: number[]) =>
    waitFor(
      `revisions ${revisions.join(', ')} delivered`,
      async () => {
        const seen = new Set(to.accepted.map((request) => request.payload.data.revised.revision as number));
        return revisions.every((revision) => seen.has(revision));
      },
      INTERVAL_MS / 4,
    );

  it('a commit is relayed and delivered at once, long before the fallback interval', async () => {
    const started = Date.now();
    await commits([1]);
    await arrived([1]);
    expect(Date.now() - started).toBeLessThan(INTERVAL_MS / 4);
  });

  it('commits that arrive while the relay is running are relayed right after it, in order', async () => {
    const revisions = Array.from({ length: 30 }, (_, i) => 100 + i);
    await commits(revisions, 5);
    await arrived(revisions);
    const order = to.accepted.map((request) => request.payload.data.revised.revision as number).filter((revision) => revision >= 100);
    expect([...new Set(order)]).toEqual(revisions);
  });

  it('listens again after its connection is cut, and relays what was committed meanwhile', async () => {
    const [{ cut }] = (await stack.dataSource().query(
      `SELECT count(pg_terminate_backend(pid))::int AS cut FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'factdesk-outbox-listener'`,
    )) as Array<{ cut: number }>;
    expect(cut).toBe(1);
    await commits([200]);
    await arrived([200]);
    await waitFor('listening again', async () => {
      const [{ n }] = (await stack
        .dataSource()
        .query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'factdesk-outbox-listener'`,
        )) as Array<{ n: number }>;
      return n === 1;
    });
    await commits([201]);
    await arrived([201]);
  });
});
