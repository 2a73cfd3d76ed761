import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { OutboxEventEntity, OutboxEventType, Role } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { SecretBox, signWebhook, WebhookPayloadService, WebhookSecretsService } from '@factdesk/webhooks';
import { clientFor, TestUser } from './support/http-client';
import { TestStack } from './support/harness';
import { emptyQueue, seedReadyClaims } from './support/queue-fixtures';

const SECRET = /^whsec_[A-Za-z0-9+/]{43}=$/;

async function auditActions(stack: TestStack, entityId: string): Promise<Array<{ action: string; actor_id: string; details: object }>> {
  return stack.dataSource().query(`SELECT action, actor_id, details FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);
}

describe('Webhook subscriptions (admins manage, leads watch)', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let admin: TestUser;
  let reviewer: TestUser;

  beforeAll(async () => {
    // 127.0.0.1 is allow-listed (as the delivery tests' receivers are); http stays refused here.
    stack = await TestStack.create({ WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_ROTATION_WINDOW_MS: '3600000' });
    await stack.startApi();
    as = clientFor(stack);
    admin = await stack.createUser(Role.Admin);
    reviewer = await stack.createUser(Role.Reviewer);
  });

  afterAll(() => stack.destroy());

  it('creates a subscription whose secret is shown once, stored only encrypted, and verifies Standard Webhooks signatures', async () => {
    const created = await as(admin).post('/api/webhooks', {
      url: 'https://127.0.0.1:8443/hooks',
      events: ['verdict.published', 'verdict.corrected', 'verdict.published'],
      description: 'CMS fact-check box',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      url: 'https://127.0.0.1:8443/hooks',
      events: ['verdict.published', 'verdict.corrected'],
      description: 'CMS fact-check box',
      ordered: true,
      status: 'active',
      disabledReason: null,
      disabledAt: null,
      failingSince: null,
      previousSecretExpiresAt: null,
      createdBy: admin.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      secret: expect.stringMatching(SECRET),
    });
    const { id, secret } = created.body as { id: string; secret: string };

    // Never again: not on GET, not in the list.
    const fetched = await as(admin).get(`/api/webhooks/${id}`);
    expect(fetched.status).toBe(200);
    const listed = await as(admin).get('/api/webhooks');
    expect(listed.body.map((hook: { id: string }) => hook.id)).toContain(id);
    for (const body of [fetched.body, listed.body]) {
      expect(JSON.stringify(body)).not.toContain(secret.slice(6));
      expect(JSON.stringify(body)).not.toMatch(/secret"/i);
    }

    // The column holds a sealed value, not the secret; it opens only with the stack's key.
    const [row] = await stack.dataSource().query(`SELECT * FROM webhook_subscriptions WHERE id = $1`, [id]);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(6));
    expect(stored).not.toContain(Buffer.from(secret.slice(6), 'base64').toString('hex'));
    expect(row.secret_encrypted).toMatch(/^v1\./);
    expect(new SecretBox(stack.env.WEBHOOK_SECRET_KEY).open(row.secret_encrypted)).toBe(secret);

    // What the delivery side signs with verifies against the secret the admin was shown.
    const secrets = stack.api!.get(WebhookSecretsService).signingSecrets(toEntity(row));
    const body = '{"version":1,"type":"ping","timestamp":"2026-12-03T00:00:00.000Z","data":{}}';
    const headers = signWebhook({ msgId: 'msg_test', timestamp: new Date(), body, secrets });
    expect(() => new Webhook(secret).verify(body, { ...headers })).not.toThrow();

    const audit = await auditActions(stack, id);
    expect(audit).toEqual([{ action: 'webhook.created', actor_id: admin.id, details: expect.any(Object) }]);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));
  });

  it.each([
    ['https://10.0.0.1/', /address 10\.0\.0\.1 is private/],
    ['https://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is link-local/],
    ['https://[::1]/', /address ::1 is loopback/],
    ['https://[::ffff:127.0.0.1]/', /IPv4-mapped address of 127\.0\.0\.1: loopback/],
    ['https://localhost:8443/', /localhost resolves to (127\.0\.0\.1|::1)/],
    ['http://127.0.0.1:8080/hook', /must use https \(http is refused\)/],
    ['ftp://hooks.example.com/', /must use https/],
    ['not a url', /not a valid absolute URL/],
  ])('refuses %s with 400 and the reason', async (url, reason) => {
    const refused = await as(admin).post('/api/webhooks', { url, events: ['*'] });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'webhook.url_refused',
      errors: [{ field: 'url', problems: [expect.stringMatching(reason)] }],
    });
    expect(refused.body.message).toMatch(reason);
  });

  it('refuses unknown event types and an empty list', async () => {
    const unknown = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/', events: ['conflict.sides_added'] });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('events');
    expect((await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/', events: [] })).status).toBe(400);
  });

  it('edits url, events, description and ordered, checking a new url the same way; every change audited', async () => {
    const { body: hook } = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/a', events: ['claim.ready'] });
    const refused = await as(admin).patch(`/api/webhooks/${hook.id}`, { url: 'https://[::ffff:127.0.0.1]/b' });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/loopback/);
    expect((await as(admin).get(`/api/webhooks/${hook.id}`)).body.url).toBe('https://127.0.0.1/a');
    expect((await as(admin).patch(`/api/webhooks/${hook.id}`, { events: ['bogus'] })).status).toBe(400);
    expect((await as(admin).patch(`/api/webhooks/${hook.id}`, { ordered: 'no' })).status).toBe(400);

    const edited = await as(admin).patch(`/api/webhooks/${hook.id}`, {
      url: 'https://127.0.0.1/b',
      events: ['*', 'claim.ready'],
      description: 'all of it',
      ordered: false,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ url: 'https://127.0.0.1/b', events: ['*'], description: 'all of it', ordered: false });
    expect(edited.body).not.toHaveProperty('secret');
    const audit = await auditActions(stack, hook.id);
    expect(audit.map((entry) => entry.action)).toEqual(['webhook.created', 'webhook.updated']);
    expect(audit[1]!.details).toMatchObject({
      changes: { url: { from: 'https://127.0.0.1/a', to: 'https://127.0.0.1/b' }, ordered: { from: true, to: false } },
    });
  });

  it('pauses and resumes (409 when the state does not allow it)', async () => {
    const { body: hook } = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/p', events: ['*'] });
    expect((await as(admin).post(`/api/webhooks/${hook.id}/resume`)).status).toBe(409);
    const paused = await as(admin).post(`/api/webhooks/${hook.id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('paused');
    expect((await as(admin).post(`/api/webhooks/${hook.id}/pause`)).status).toBe(409);
    const resumed = await as(admin).post(`/api/webhooks/${hook.id}/resume`);
    expect(resumed.body).toMatchObject({ status: 'active' });
    expect((await auditActions(stack, hook.id)).map((entry) => entry.action)).toEqual([
      'webhook.created',
      'webhook.paused',
      'webhook.resumed',
    ]);
  });

  it('resumes an endpoint the delivery side disabled, clearing the reason', async () => {
    const { body: hook } = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/d', events: ['*'] });
    await stack
      .dataSource()
      .query(
        `UPDATE webhook_subscriptions SET status = 'disabled', disabled_reason = '410 Gone', disabled_at = now(), failing_since = now() WHERE id = $1`,
        [hook.id],
      );
    expect((await as(admin).get(`/api/webhooks/${hook.id}`)).body).toMatchObject({ status: 'disabled', disabledReason: '410 Gone' });
    const resumed = await as(admin).post(`/api/webhooks/${hook.id}/resume`);
    expect(resumed.body).toMatchObject({ status: 'active', disabledReason: null, disabledAt: null, failingSince: null });
  });

  it('rotates the secret: a new one shown once; both sign until the window ends, then only the new one', async () => {
    const { body: hook } = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/r', events: ['*'] });
    const rotated = await as(admin).post(`/api/webhooks/${hook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(SECRET);
    expect(rotated.body.secret).not.toBe(hook.secret);
    const expires = new Date(rotated.body.previousSecretExpiresAt).getTime();
    expect(expires).toBeGreaterThan(Date.now() + 3_500_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 3_600_000);
    expect(JSON.stringify((await as(admin).get(`/api/webhooks/${hook.id}`)).body)).not.toContain(rotated.body.secret.slice(6));

    const [row] = await stack.dataSource().query(`SELECT * FROM webhook_subscriptions WHERE id = $1`, [hook.id]);
    expect(JSON.stringify(row)).not.toContain(rotated.body.secret.slice(6));
    expect(JSON.stringify(row)).not.toContain(hook.secret.slice(6));
    const secrets = stack.api!.get(WebhookSecretsService);
    const body = '{"version":1}';
    const during = signWebhook({ msgId: 'msg_r', timestamp: new Date(), body, secrets: secrets.signingSecrets(toEntity(row)) });
    expect(during['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(hook.secret).verify(body, { ...during })).not.toThrow();
    expect(() => new Webhook(rotated.body.secret).verify(body, { ...during })).not.toThrow();
    const after = signWebhook({
      msgId: 'msg_r',
      timestamp: new Date(),
      body,
      secrets: secrets.signingSecrets(toEntity(row), new Date(expires + 1)),
    });
    expect(() => new Webhook(hook.secret).verify(body, { ...after })).toThrow();
    expect(() => new Webhook(rotated.body.secret).verify(body, { ...after })).not.toThrow();
    expect((await auditActions(stack, hook.id)).map((entry) => entry.action)).toEqual(['webhook.created', 'webhook.secret_rotated']);
  });

  it('deletes softly: status deleted with the reason, pending deliveries cancelled, history kept, no further changes', async () => {
    const { body: hook } = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/x', events: ['*'] });
    const db = stack.dataSource();
    await db.query(
      `INSERT INTO webhook_deliveries (subscription_id, outbox_event_id, event_type, msg_id, status, attempts, payload)
       VALUES ($1, 1, 'claim.ready', 'msg_a', 'delivered', 1, '{}'), ($1, 2, 'claim.ready', 'msg_b', 'pending', 0, '{}')`,
      [hook.id],
    );
    const deleted = await as(admin).delete(`/api/webhooks/${hook.id}`, { reason: 'Newsroom moved to a new CMS' });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({
      status: 'deleted',
      disabledReason: 'Newsroom moved to a new CMS',
      disabledAt: expect.any(String),
    });
    expect((await as(admin).get(`/api/webhooks/${hook.id}`)).body.status).toBe('deleted');
    const deliveries = await db.query(`SELECT msg_id, status FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY msg_id`, [
      hook.id,
    ]);
    expect(deliveries).toEqual([
      { msg_id: 'msg_a', status: 'delivered' },
      { msg_id: 'msg_b', status: 'cancelled' },
    ]);
    for (const path of ['pause', 'resume', 'rotate-secret'])
      expect((await as(admin).post(`/api/webhooks/${hook.id}/${path}`)).status).toBe(409);
    expect((await as(admin).patch(`/api/webhooks/${hook.id}`, { description: 'x' })).status).toBe(409);
    expect((await as(admin).delete(`/api/webhooks/${hook.id}`, {})).status).toBe(409);
    // The database keeps the history: a subscription with deliveries cannot be deleted for real.
    await expect(db.query(`DELETE FROM webhook_subscriptions WHERE id = $1`, [hook.id])).rejects.toThrow(/foreign key/);
    const audit = await auditActions(stack, hook.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'webhook.deleted',
      details: { reason: 'Newsroom moved to a new CMS', cancelledDeliveries: 1 },
    });
  });

  it('is for admins only, and unknown ids are 404', async () => {
    const { body: hook } = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/z', events: ['*'] });
    expect((await as(reviewer).post('/api/webhooks', { url: 'https://127.0.0.1/z', events: ['*'] })).status).toBe(403);
    expect((await as(reviewer).get('/api/webhooks')).status).toBe(403);
    expect((await as(reviewer).get(`/api/webhooks/${hook.id}`)).status).toBe(403);
    expect((await as(reviewer).patch(`/api/webhooks/${hook.id}`, { description: 'x' })).status).toBe(403);
    expect((await as(reviewer).post(`/api/webhooks/${hook.id}/rotate-secret`)).status).toBe(403);
    expect((await as(reviewer).delete(`/api/webhooks/${hook.id}`, {})).status).toBe(403);
    expect((await as(admin).get('/api/webhooks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await as(admin).post('/api/webhooks/00000000-0000-4000-8000-000000000000/pause')).status).toBe(404);
  });

  it('lets leads watch subscriptions and their delivery logs, replay and ping, but not subscribe, change or delete', async () => {
    const lead = await stack.createUser(Role.Lead);
    const { body: hook } = await as(admin).post('/api/webhooks', { url: 'https://127.0.0.1/watched', events: ['*'] });
    expect((await as(lead).get('/api/webhooks')).body.map((listed: { id: string }) => listed.id)).toContain(hook.id);
    const shown = await as(lead).get(`/api/webhooks/${hook.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).not.toHaveProperty('secret');
    const ping = await as(lead).post(`/api/webhooks/${hook.id}/test`);
    expect(ping.status).toBe(202);
    const log = await as(lead).get(`/api/webhooks/${hook.id}/deliveries`);
    expect(log.status).toBe(200);
    expect(log.body.items.map((delivery: { eventType: string }) => delivery.eventType)).toContain('ping');
    expect((await as(lead).post(`/api/webhooks/${hook.id}/deliveries/${log.body.items[0].id}/replay`)).status).toBe(202);
    expect((await as(lead).post(`/api/webhooks/${hook.id}/replay`, { since: new Date(0).toISOString() })).status).toBe(202);
    expect((await as(lead).post('/api/webhooks', { url: 'https://127.0.0.1/z', events: ['*'] })).status).toBe(403);
    expect((await as(lead).patch(`/api/webhooks/${hook.id}`, { description: 'x' })).status).toBe(403);
    expect((await as(lead).post(`/api/webhooks/${hook.id}/pause`)).status).toBe(403);
    expect((await as(lead).post(`/api/webhooks/${hook.id}/rotate-secret`)).status).toBe(403);
    expect((await as(lead).delete(`/api/webhooks/${hook.id}`, {})).status).toBe(403);
    expect((await as(reviewer).get(`/api/webhooks/${hook.id}/deliveries`)).status).toBe(403);
    expect((await as(reviewer).post(`/api/webhooks/${hook.id}/test`)).status).toBe(403);
  });

  it('documents the routes and every event payload in OpenAPI', async () => {
    const { body: doc } = await as(admin).get('/docs/json');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/webhooks',
        '/api/webhooks/{id}',
        '/api/webhooks/{id}/pause',
        '/api/webhooks/{id}/resume',
        '/api/webhooks/{id}/rotate-secret',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'WebhookPayload',
        'VerdictEventData',
        'ConflictEventData',
        'ArticleExtractedData',
        'ArticleRevisedData',
        'ClaimReadyData',
        'PingData',
      ]),
    );
    expect(doc.components.schemas.WebhookSubscriptionView.properties).not.toHaveProperty('secret');
  });
});

describe('Webhook subscriptions with WEBHOOK_ALLOW_HTTP=true', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.create({ WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    await stack.startApi();
  });

  afterAll(() => stack.destroy());

  it('accepts http to an allow-listed host, and still refuses other private addresses and names', async () => {
    const admin = await stack.createUser(Role.Admin);
    const as = clientFor(stack);
    expect((await as(admin).post('/api/webhooks', { url: 'http://127.0.0.1:9999/hook', events: ['*'] })).status).toBe(201);
    expect((await as(admin).post('/api/webhooks', { url: 'http://10.0.0.1/hook', events: ['*'] })).status).toBe(400);
    expect((await as(admin).post('/api/webhooks', { url: 'http://localhost:9999/hook', events: ['*'] })).status).toBe(400);
  });
});

describe('Webhook payloads', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    as = clientFor(stack);
  });

  afterEach(() => emptyQueue(stack.api!));
  afterAll(() => stack.destroy());

  async function lastEvent(type: OutboxEventType): Promise<OutboxEventEntity> {
    return stack
      .dataSource()
      .getRepository(OutboxEventEntity)
      .findOneOrFail({ where: { type }, order: { id: 'DESC' } });
  }

  it('verdict.published carries the verdict as the API shows it, with claim, article, evidence and ClaimReview', async () => {
    const checker = await stack.createUser(Role.Reviewer);
    const lead = await stack.createUser(Role.Lead);
    const [claim] = await seedReadyClaims(stack.api!, 1);
    expect((await as(checker).post('/api/queue/next')).body.claim.id).toBe(claim!.id);
    const evidence = await as(checker).post(`/api/claims/${claim!.id}/evidence`, {
      url: 'https://www.reuters.com/world/convoys',
      title: 'Convoys crossed',
      publisher: 'Reuters',
      stance: 'supports',
    });
    const draft = await as(checker).post(`/api/claims/${claim!.id}/verdicts`, {
      rating: 'true',
      rationale: 'Reuters counted the convoys.',
      evidenceIds: [evidence.body.id],
      submit: true,
    });
    expect((await as(lead).post(`/api/verdicts/${draft.body.id}/approve`)).status).toBe(200);
    expect((await as(lead).post(`/api/verdicts/${draft.body.id}/publish`)).status).toBe(200);

    const event = await lastEvent(OutboxEventType.VerdictPublished);
    const payload = JSON.parse(JSON.stringify(await stack.api!.get(WebhookPayloadService).payloadFor(event)));
    // GET /api/verdicts/:id: the verdict version and the evidence it cites (its state history stays internal).
    const shown = (await as(lead).get(`/api/verdicts/${draft.body.id}`)).body;
    delete shown.history;
    expect(payload).toEqual({
      version: 1,
      type: 'verdict.published',
      timestamp: event.createdAt.toISOString(),
      data: {
        ...shown,
        claim: {
          id: claim!.id,
          text: claim!.text,
          start: claim!.start,
          end: claim!.end,
          revision: 1,
          attribution: { speaker: null, organisation: 'Officials' },
        },
        article: { id: claim!.articleId, title: expect.any(String), url: null, publisher: null, publishedAt: null },
        claimReview: expect.objectContaining({
          '@type': 'ClaimReview',
          claimReviewed: claim!.text,
          reviewRating: expect.objectContaining({ ratingValue: 5 }),
        }),
      },
    });
    expect(payload.data.evidence).toEqual([expect.objectContaining({ url: 'https://www.reuters.com/world/convoys', stance: 'supports' })]);
  });

  it('conflict.proposed carries both sides with their sources; outbox types webhooks do not deliver give null', async () => {
    const checker = await stack.createUser(Role.Reviewer);
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const opened = await as(checker).post(`/api/claims/${claim!.id}/conflicts`, {
      description: 'Two ministries disagree on the count',
      sides: [
        { source: 'Ministry A', position: 'Twelve convoys' },
        { source: 'Ministry B', position: 'Three convoys' },
      ],
    });
    expect(opened.status).toBe(201);
    const event = await lastEvent(OutboxEventType.ConflictProposed);
    const payloads = stack.api!.get(WebhookPayloadService);
    const payload = JSON.parse(JSON.stringify(await payloads.payloadFor(event)));
    expect(payload).toMatchObject({
      version: 1,
      type: 'conflict.proposed',
      data: {
        ...opened.body,
        claim: { id: claim!.id, text: claim!.text },
        article: { id: claim!.articleId },
      },
    });
    expect(payload.data.sides.map((side: { sourceName: string; position: string }) => [side.sourceName, side.position])).toEqual([
      ['Ministry A', 'Twelve convoys'],
      ['Ministry B', 'Three convoys'],
    ]);
    expect(await payloads.payloadFor({ ...event, type: OutboxEventType.ConflictSidesAdded })).toBeNull();
  });

  it('payloadsFor gives each event of a batch the payload payloadFor gives it, and a missing resource its not_found in place', async () => {
    const [first, second] = await seedReadyClaims(stack.api!, 2, { perArticle: 1 });
    const at = new Date();
    const event = (type: OutboxEventType, aggregateId: string, payload: Record<string, unknown> = {}) => ({
      type,
      aggregateId,
      payload,
      createdAt: at,
    });
    const missing = randomUUID();
    const events = [
      event(OutboxEventType.ClaimReady, first!.id),
      event(OutboxEventType.ArticleRevised, first!.articleId, { revision: 2, previousRevision: 1 }),
      event(OutboxEventType.ArticleExtracted, missing, { claims: 1 }),
      event(OutboxEventType.ClaimReady, second!.id),
      event(OutboxEventType.ArticleExtracted, second!.articleId, { claims: 1 }),
      event(OutboxEventType.ConflictSidesAdded, first!.id),
      event(OutboxEventType.ClaimReady, missing),
    ];
    const payloads = stack.api!.get(WebhookPayloadService);
    const batch = await payloads.payloadsFor(events);
    expect(batch).toHaveLength(events.length);
    for (const [index, one] of events.entries()) {
      if (one.aggregateId === missing) {
        expect(batch[index]).toBeInstanceOf(DomainError);
        expect(batch[index]).toMatchObject({ kind: 'not_found' });
        await expect(payloads.payloadFor(one)).rejects.toMatchObject({ kind: 'not_found' });
      } else {
        expect(batch[index]).toEqual(await payloads.payloadFor(one));
      }
    }
    expect(batch[0]).toMatchObject({ type: 'claim.ready', data: { id: first!.id, article: { id: first!.articleId } } });
    expect(batch[5]).toBeNull();
  });
});

/** The columns signingSecrets reads, from a raw row. */
function toEntity(row: { secret_encrypted: string; previous_secret_encrypted: string | null; previous_secret_expires_at: Date | null }) {
  return {
    secretEncrypted: row.secret_encrypted,
    previousSecretEncrypted: row.previous_secret_encrypted,
    previousSecretExpiresAt: row.previous_secret_expires_at,
  };
}
