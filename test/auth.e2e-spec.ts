import request from 'supertest';
import { parseApiKey } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { articleInput } from './support/fixtures';
import { TestStack } from './support/harness';

describe('Authentication and roles', () => {
  let stack: TestStack;
  let admin: string;
  let reviewer: string;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    admin = (await stack.createUser(Role.Admin)).key;
    reviewer = (await stack.createUser(Role.Reviewer)).key;
  });

  afterAll(() => stack.destroy());

  it('answers 401 without a key, with a malformed key and with an unknown key', async () => {
    const attempts = [undefined, 'Bearer', 'Bearer wrong', `Bearer ${admin.slice(0, -1)}x`, `Basic ${admin}`];
    for (const header of attempts) {
      const call = request(stack.http).get('/api/articles');
      const response = header ? await call.set('Authorization', header) : await call;
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ statusCode: 401, message: expect.any(String) });
    }
  });

  it('lets an admin create a reviewer whose key is shown once and works', async () => {
    const created = await request(stack.http)
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: 'Ana', role: 'reviewer' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Ana', role: 'reviewer', apiKey: expect.stringMatching(/^fdk_/) });
    const listed = await request(stack.http).get('/api/users').set('Authorization', `Bearer ${admin}`);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.apiKey);
    const [row] = await stack.dataSource().query('SELECT secret_hash FROM api_keys WHERE user_id = $1', [created.body.id]);
    expect(row.secret_hash.toString('utf8')).not.toContain(parseApiKey(created.body.apiKey as string)!.secret);

    const submitted = await request(stack.http)
      .post('/api/articles')
      .set('Authorization', `Bearer ${created.body.apiKey}`)
      .send(articleInput());
    expect(submitted.status).toBe(201);
  });

  it('answers 403 when a reviewer tries an admin action, and creates nothing', async () => {
    const response = await request(stack.http)
      .post('/api/users')
      .set('Authorization', `Bearer ${reviewer}`)
      .send({ name: 'Sneaky', role: 'admin' });
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/admin/);
    const [{ n }] = await stack.dataSource().query(`SELECT count(*)::int AS n FROM users WHERE name = 'Sneaky'`);
    expect(n).toBe(0);
  });

  it('validates new users: 400 for an unknown role', async () => {
    const response = await request(stack.http)
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: 'X', role: 'editor' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'role', problems: ['role must be one of: reviewer, lead, admin'] }]);
  });

  it('records who created whom in the audit log', async () => {
    const created = await request(stack.http).post('/api/users').set('Authorization', `Bearer ${admin}`).send({ name: 'Bo', role: 'lead' });
    const rows = await stack.dataSource().query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1`, [created.body.id]);
    expect(rows).toEqual([{ action: 'user.created', actor_id: expect.any(String) }]);
  });

  it('keeps the audit log append-only, even against direct SQL', async () => {
    await expect(stack.dataSource().query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(stack.dataSource().query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('serves health and the OpenAPI document without a key', async () => {
    const health = await request(stack.http).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
    const docs = await request(stack.http).get('/docs/json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/articles', '/api/articles/{id}', '/api/users', '/health']));
  });
});

describe('Revoking a key', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.create({ AUTH_CACHE_TTL_MS: '300' });
    await stack.startApi();
  });

  afterAll(() => stack.destroy());

  it('stops a revoked key, or a disabled user, within AUTH_CACHE_TTL_MS', async () => {
    const get = (key: string) => request(stack.http).get('/api/articles').set('Authorization', `Bearer ${key}`);
    const revoked = await stack.createUser(Role.Reviewer);
    const disabled = await stack.createUser(Role.Reviewer);
    expect((await get(revoked.key)).status).toBe(200);
    expect((await get(disabled.key)).status).toBe(200);

    await stack.dataSource().query(`UPDATE api_keys SET revoked_at = now() WHERE user_id = $1`, [revoked.id]);
    await stack.dataSource().query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await get(revoked.key)).status).toBe(401);
    expect((await get(disabled.key)).status).toBe(401);
  });
});
