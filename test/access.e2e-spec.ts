import request from 'supertest';
import { parseApiKey } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { clientFor, TestUser } from './support/http-client';
import { TestStack } from './support/harness';
import { runEntry } from './support/processes';

const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

async function auditActions(stack: TestStack, entityId: string): Promise<{ action: string; actor_id: string | null }[]> {
  return stack.dataSource().query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);
}

describe('Access that can be taken away: keys and users', () => {
  const TTL_MS = 1500;
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let admin: TestUser;
  let reviewer: TestUser;

  beforeAll(async () => {
    stack = await TestStack.create({ AUTH_CACHE_TTL_MS: String(TTL_MS) });
    await stack.startApi();
    as = clientFor(stack);
    admin = await stack.createUser(Role.Admin, 'Admin');
    reviewer = await stack.createUser(Role.Reviewer, 'Rita Reviewer');
  });

  afterAll(() => stack.destroy());

  const articlesWith = (http: Parameters<typeof request>[0], key: string) =>
    request(http).get('/api/articles').set('Authorization', `Bearer ${key}`);

  it('lists a user’s keys with prefix, created and last used, never the secret or its hash', async () => {
    expect((await as(reviewer).get('/api/articles')).status).toBe(200);
    const listed = await as(admin).get(`/api/users/${reviewer.id}/keys`);
    expect(listed.status).toBe(200);
    // The secret is base64url and may itself hold '_': read the key as the API does.
    const { prefix, secret } = parseApiKey(reviewer.key)!;
    expect(listed.body).toEqual([
      {
        id: expect.any(String),
        userId: reviewer.id,
        prefix,
        label: 'initial',
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
        revokedAt: null,
        revokedBy: null,
      },
    ]);
    const [{ hash }] = await stack
      .dataSource()
      .query(`SELECT encode(secret_hash, 'base64') AS hash FROM api_keys WHERE prefix = $1`, [prefix]);
    const json = JSON.stringify(listed.body);
    expect(json).not.toContain(secret);
    expect(json).not.toContain(hash);
    expect(json).not.toMatch(/secret|hash/i);
  });

  it('issues a new key, shown once, that works; the audit log names the admin', async () => {
    const issued = await as(admin).post(`/api/users/${reviewer.id}/keys`, { label: 'newsroom CMS' });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      userId: reviewer.id,
      label: 'newsroom CMS',
      revokedAt: null,
      apiKey: expect.stringMatching(/^fdk_/),
    });
    expect((await articlesWith(stack.http, issued.body.apiKey)).status).toBe(200);
    const listed = await as(admin).get(`/api/users/${reviewer.id}/keys`);
    expect(listed.body.map((key: { label: string }) => key.label)).toEqual(['newsroom CMS', 'initial']);
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.apiKey);
    expect(await auditActions(stack, issued.body.id)).toEqual([{ action: 'api_key.created', actor_id: admin.id }]);
  });

  it('revokes a key: the API process that revoked refuses it at once, another process within AUTH_CACHE_TTL_MS', async () => {
    const other = (await stack.startAnotherApi()).getHttpServer();
    const issued = await as(admin).post(`/api/users/${reviewer.id}/keys`, { label: 'to revoke' });
    const key: string = issued.body.apiKey;

    const warmedFrom = Date.now();
    expect((await articlesWith(other, key)).status).toBe(200); // the other process now trusts the key for TTL_MS
    expect((await articlesWith(stack.http, key)).status).toBe(200); // and so does this one

    const revoked = await as(admin).delete(`/api/keys/${issued.body.id}`, {});
    const revokedBy = Date.now();
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      id: issued.body.id,
      prefix: issued.body.prefix,
      revokedAt: expect.any(String),
      revokedBy: admin.id,
    });
    expect(JSON.stringify(revoked.body)).not.toContain(key);

    expect((await articlesWith(stack.http, key)).status).toBe(401);
    const stale = await articlesWith(other, key);
    // Still inside the other process's cache window: it has not looked again yet, which is what expiry is for.
    if (Date.now() < warmedFrom + TTL_MS) expect(stale.status).toBe(200);
    await sleepUntil(revokedBy + TTL_MS);
    const refused = await articlesWith(other, key);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringMatching(/revoked/) });

    const [row] = await stack.dataSource().query(`SELECT revoked_at, revoked_by FROM api_keys WHERE id = $1`, [issued.body.id]);
    expect(row).toEqual({ revoked_at: expect.any(Date), revoked_by: admin.id });
    expect(await auditActions(stack, issued.body.id)).toEqual([
      { action: 'api_key.created', actor_id: admin.id },
      { action: 'api_key.revoked', actor_id: admin.id },
    ]);
    const [details] = await stack
      .dataSource()
      .query(`SELECT details FROM audit_log WHERE entity_id = $1 AND action = 'api_key.revoked'`, [issued.body.id]);
    expect(details.details).toEqual({ userId: reviewer.id, prefix: issued.body.prefix });

    const again = await as(admin).delete(`/api/keys/${issued.body.id}`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'api_key.already_revoked', message: expect.stringContaining(issued.body.prefix) });
  });

  it('disables a user (every key refused) and enables them again (keys work again); both are audited', async () => {
    const lead = await stack.createUser(Role.Lead, 'Lena Lead');
    expect((await as(lead).get('/api/articles')).status).toBe(200);

    const disabled = await as(admin).post(`/api/users/${lead.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: lead.id, disabledAt: expect.any(String), disabledBy: admin.id });
    expect((await as(lead).get('/api/articles')).status).toBe(401);
    const listed = await as(admin).get('/api/users');
    expect(listed.body.find((user: { id: string }) => user.id === lead.id)).toMatchObject({ disabledAt: expect.any(String) });
    expect((await as(admin).post(`/api/users/${lead.id}/disable`)).status).toBe(409);
    expect((await as(admin).post(`/api/users/${lead.id}/keys`)).status).toBe(409);

    const enabled = await as(admin).post(`/api/users/${lead.id}/enable`);
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ disabledAt: null, disabledBy: null });
    expect((await as(lead).get('/api/articles')).status).toBe(200);
    expect((await as(admin).post(`/api/users/${lead.id}/enable`)).status).toBe(409);

    expect(await auditActions(stack, lead.id)).toEqual([
      { action: 'user.created', actor_id: null },
      { action: 'user.disabled', actor_id: admin.id },
      { action: 'user.enabled', actor_id: admin.id },
    ]);
  });

  it('never locks the newsroom out: no disabling yourself, no revoking the last working admin key', async () => {
    const self = await as(admin).post(`/api/users/${admin.id}/disable`);
    expect(self.status).toBe(409);
    expect(self.body).toMatchObject({ code: 'user.disable_self', message: expect.stringMatching(/yourself/) });

    const [{ id: adminKeyId }] = await stack.dataSource().query(`SELECT id FROM api_keys WHERE user_id = $1`, [admin.id]);
    const last = await as(admin).delete(`/api/keys/${adminKeyId}`, {});
    expect(last.status).toBe(409);
    expect(last.body).toMatchObject({ code: 'access.last_admin_key', message: expect.stringMatching(/no working admin key/) });
    expect((await as(admin).get('/api/users')).status).toBe(200);

    // With a second admin key, the first may go.
    const spare = await as(admin).post(`/api/users/${admin.id}/keys`, { label: 'spare' });
    expect((await as(admin).delete(`/api/keys/${adminKeyId}`, {})).status).toBe(200);
    admin = { id: admin.id, key: spare.body.apiKey };
    expect((await as(admin).get('/api/users')).status).toBe(200);
  });

  it('answers 404 for an unknown user or key, 400 for a bad label, always as JSON', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const response of [
      await as(admin).get(`/api/users/${unknown}/keys`),
      await as(admin).post(`/api/users/${unknown}/keys`),
      await as(admin).post(`/api/users/${unknown}/disable`),
      await as(admin).delete(`/api/keys/${unknown}`, {}),
      await as(admin).delete('/api/keys/not-a-uuid', {}),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ statusCode: 404, message: expect.any(String) });
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.ts:\d+/);
    }
    const bad = await as(admin).post(`/api/users/${reviewer.id}/keys`, { label: '   ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'label', problems: ['label must not be blank'] }]);
  });

  it('lets no reviewer (or lead) do any of it: 403, and nothing changes', async () => {
    const lead = await stack.createUser(Role.Lead);
    const [{ id: keyId }] = await stack.dataSource().query(`SELECT id FROM api_keys WHERE user_id = $1`, [lead.id]);
    const before = await stack.dataSource().query(`SELECT count(*)::int AS n FROM audit_log`);
    for (const user of [reviewer, lead]) {
      for (const response of [
        await as(user).get(`/api/users/${lead.id}/keys`),
        await as(user).post(`/api/users/${lead.id}/keys`),
        await as(user).delete(`/api/keys/${keyId}`, {}),
        await as(user).post(`/api/users/${lead.id}/disable`),
        await as(user).post(`/api/users/${lead.id}/enable`),
      ]) {
        expect(response.status).toBe(403);
        expect(response.body.message).toMatch(/admin/);
      }
    }
    expect(await stack.dataSource().query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
    expect((await as(lead).get('/api/articles')).status).toBe(200);
  });

  it('documents the routes and views in OpenAPI', async () => {
    const docs = await request(stack.http).get('/docs/json');
    expect(docs.body.paths).toMatchObject({
      '/api/users/{id}/keys': { get: expect.any(Object), post: expect.any(Object) },
      '/api/keys/{id}': { delete: expect.any(Object) },
      '/api/users/{id}/disable': { post: expect.any(Object) },
      '/api/users/{id}/enable': { post: expect.any(Object) },
    });
    expect(Object.keys(docs.body.components.schemas.ApiKeyView.properties)).toEqual(
      expect.arrayContaining(['prefix', 'createdAt', 'lastUsedAt', 'revokedAt']),
    );
    expect(Object.keys(docs.body.components.schemas.ApiKeyView.properties)).not.toContain('secretHash');
  });
});

describe('Rate limits: by verified key, and failed authentications by address', () => {
  it('counts `bearer K`, `BEARER K` and `Bearer  K` against one bucket; another key has its own', async () => {
    const stack = await TestStack.create({ RATE_LIMIT_PER_MINUTE: '6' });
    try {
      await stack.startApi();
      const { key } = await stack.createUser(Role.Reviewer);
      const other = await stack.createUser(Role.Reviewer);
      const get = (authorization: string) => request(stack.http).get('/api/articles').set('Authorization', authorization);
      const variants = [`bearer ${key}`, `BEARER ${key}`, `Bearer  ${key}`];
      const statuses: number[] = [];
      for (const header of [...variants, ...variants]) statuses.push((await get(header)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);

      const over = await get(`Bearer ${key}`);
      expect(over.status).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(over.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: expect.stringMatching(/6 requests per minute per API key/),
      });
      expect((await get(`bearer  ${key}`)).status).toBe(429);
      expect((await get(`Bearer ${other.key}`)).status).toBe(200);
    } finally {
      await stack.destroy();
    }
  });

  it('refuses an address with 429 once it used its budget of failed authentications, the queue dashboard’s login included', async () => {
    const stack = await TestStack.create({ AUTH_FAILURES_PER_MINUTE: '3' });
    try {
      await stack.startApi();
      const admin = await stack.createUser(Role.Admin);
      const basic = (password: string) => `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;
      const unknownKey = `fdk_${'a'.repeat(12)}_${'b'.repeat(43)}`;

      expect((await request(stack.http).get('/api/articles').set('Authorization', `Bearer ${unknownKey}`)).status).toBe(401);
      expect((await request(stack.http).get('/api/articles').set('Authorization', 'Bearer wrong')).status).toBe(401);
      expect((await request(stack.http).get('/admin/queues').set('Authorization', basic('guess'))).status).toBe(401);

      const refused = await request(stack.http).get('/api/articles').set('Authorization', `Bearer ${unknownKey}`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: expect.stringMatching(/failed authentications/),
      });
      // Refused before any key is looked up, so even a good key waits out the window from that address.
      expect((await request(stack.http).get('/api/articles').set('Authorization', `Bearer ${admin.key}`)).status).toBe(429);
      const dashboard = await request(stack.http).get('/admin/queues').set('Authorization', basic(admin.key));
      expect(dashboard.status).toBe(429);
      expect(Number(dashboard.headers['retry-after'])).toBeGreaterThan(0);
      expect(dashboard.body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/failed authentications/) });
      expect((await request(stack.http).get('/health')).status).toBe(200);
    } finally {
      await stack.destroy();
    }
  });

  it('lets a good key into the queue dashboard, and counts its requests against the key’s rate limit', async () => {
    const stack = await TestStack.create({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      await stack.startApi();
      const admin = await stack.createUser(Role.Admin);
      const basic = `Basic ${Buffer.from(`anyone:${admin.key}`).toString('base64')}`;
      expect((await request(stack.http).get('/admin/queues').set('Authorization', basic)).status).toBe(200);
      expect((await request(stack.http).get('/api/users').set('Authorization', `Bearer ${admin.key}`)).status).toBe(200);
      const over = await request(stack.http).get('/admin/queues').set('Authorization', basic);
      expect(over.status).toBe(429);
      expect(over.body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/per API key/) });
    } finally {
      await stack.destroy();
    }
  });
});

describe('Command line: issue-key, revoke-key, disable-user, enable-user', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  const cli = (...args: string[]) => runEntry('apps/cli/src/main.ts', args, stack.processEnv);

  beforeAll(async () => {
    stack = await TestStack.create({ AUTH_CACHE_TTL_MS: '0' });
    await stack.startApi();
    as = clientFor(stack);
    await stack.createUser(Role.Admin, 'Admin');
  });

  afterAll(() => stack.destroy());

  it('issue-key prints a working key on its last line; revoke-key by prefix stops it, audited', async () => {
    const user = await stack.createUser(Role.Reviewer, 'Carla Cli');
    const issued = await cli('issue-key', 'Carla Cli', '--label', 'laptop');
    expect(issued.code).toBe(0);
    const key = issued.stdout.trimEnd().split('\n').at(-1)!;
    expect(key).toMatch(/^fdk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect((await as({ id: user.id, key }).get('/api/articles')).status).toBe(200);

    const { prefix } = parseApiKey(key)!;
    const revoked = await cli('revoke-key', prefix);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`Revoked key ${prefix} .*"Carla Cli"`));
    expect((await as({ id: user.id, key }).get('/api/articles')).status).toBe(401);
    const [row] = await stack.dataSource().query(`SELECT id, revoked_at FROM api_keys WHERE prefix = $1`, [prefix]);
    expect(row.revoked_at).toEqual(expect.any(Date));
    expect(await auditActions(stack, row.id)).toEqual([
      { action: 'api_key.created', actor_id: null },
      { action: 'api_key.revoked', actor_id: null },
    ]);
  });

  it('disable-user stops every key of the user, enable-user restores them', async () => {
    const user = await stack.createUser(Role.Reviewer, 'Dana Disabled');
    const disabled = await cli('disable-user', 'Dana Disabled');
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toMatch(/Disabled reviewer "Dana Disabled"/);
    expect((await as(user).get('/api/articles')).status).toBe(401);
    const enabled = await cli('enable-user', user.id);
    expect(enabled.code).toBe(0);
    expect((await as(user).get('/api/articles')).status).toBe(200);
    expect((await auditActions(stack, user.id)).map((row) => row.action)).toEqual(['user.created', 'user.disabled', 'user.enabled']);
  });

  it('fails with a message and a non-zero exit on an unknown prefix or name, and on a name two users share', async () => {
    const unknownPrefix = await cli('revoke-key', 'ZZZZZZZZZZZZ');
    expect(unknownPrefix.code).not.toBe(0);
    expect(unknownPrefix.stderr).toMatch(/No API key with prefix ZZZZZZZZZZZZ/);
    const notAPrefix = await cli('revoke-key', 'nope');
    expect(notAPrefix.code).not.toBe(0);
    expect(notAPrefix.stderr).toMatch(/not a key prefix/);
    const unknownName = await cli('disable-user', 'Nobody Here');
    expect(unknownName.code).not.toBe(0);
    expect(unknownName.stderr).toMatch(/No user named "Nobody Here"/);
    await stack.createUser(Role.Reviewer, 'Sam Same');
    await stack.createUser(Role.Reviewer, 'Sam Same');
    const ambiguous = await cli('disable-user', 'Sam Same');
    expect(ambiguous.code).not.toBe(0);
    expect(ambiguous.stderr).toMatch(/2 users are named "Sam Same".*give the id/);
    const [{ n }] = await stack.dataSource().query(`SELECT count(*)::int AS n FROM users WHERE disabled_at IS NOT NULL`);
    expect(n).toBe(0);
  });

  it('refuses to disable the last admin with a working key', async () => {
    const result = await cli('disable-user', 'Admin');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/no working admin key/);
  });
});
