import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as argon2 from 'argon2';
import request from 'supertest';
import { UsersService } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { QueueName } from '@factdesk/jobs';
import { articleInput } from './support/fixtures';
import { TestStack } from './support/harness';
import { TestUser } from './support/http-client';

const PASSWORD = 'correct horse battery staple';

type Http = Parameters<typeof request>[0];

interface SignedIn {
  cookie: string;
  csrfToken: string;
  setCookie: string;
  body: { user: { id: string; name: string; role: string }; csrfToken: string; expiresAt: string };
}

async function signIn(http: Http, name: string, password = PASSWORD): Promise<SignedIn> {
  const response = await request(http).post('/api/session').send({ name, password });
  expect(response.status).toBe(201);
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith('factdesk_session='));
  expect(setCookie).toBeDefined();
  return { cookie: setCookie!.split(';')[0]!, csrfToken: response.body.csrfToken, setCookie: setCookie!, body: response.body };
}

async function withPassword(stack: TestStack, role: Role, name: string, password = PASSWORD): Promise<TestUser> {
  const user = await stack.createUser(role, name);
  await stack.api!.get(UsersService).setPassword(user.id, password, null);
  return user;
}

/** The API on a loopback port of its own, so a test knows the Host header its requests will carry. */
async function listenOnce(stack: TestStack): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(stack.api!.getHttpAdapter().getInstance());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function auditActions(stack: TestStack, entityId: string): Promise<string[]> {
  const rows = await stack.dataSource().query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);
  return rows.map((row: { action: string }) => row.action);
}

describe('Signing in: sessions, CSRF, passwords', () => {
  let stack: TestStack;
  let admin: TestUser;
  let reviewer: TestUser;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    admin = await withPassword(stack, Role.Admin, 'Ada Admin');
    reviewer = await withPassword(stack, Role.Reviewer, 'Rita Reviewer');
  });

  afterAll(() => stack.destroy());

  it('signs in with name and password into an HttpOnly, SameSite=Lax session cookie (not Secure in test), and shows the session', async () => {
    const session = await signIn(stack.http, 'Rita Reviewer');
    expect(session.body).toEqual({
      user: { id: reviewer.id, name: 'Rita Reviewer', role: 'reviewer' },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: expect.any(String),
    });
    const idleMs = new Date(session.body.expiresAt).getTime() - Date.now();
    expect(idleMs).toBeGreaterThan(8 * 3_600_000 - 60_000);
    expect(idleMs).toBeLessThanOrEqual(8 * 3_600_000);
    expect(session.setCookie).toMatch(/; HttpOnly/);
    expect(session.setCookie).toMatch(/; SameSite=Lax/);
    expect(session.setCookie).toMatch(/; Path=\//);
    expect(session.setCookie).not.toMatch(/; Secure/);
    const token = session.cookie.split('=')[1]!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Only the token's hash is stored.
    const rows = await stack.dataSource().query(`SELECT encode(token_hash, 'base64') AS h FROM sessions WHERE user_id = $1`, [reviewer.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);

    const shown = await request(stack.http).get('/api/session').set('Cookie', session.cookie);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({ user: session.body.user, csrfToken: session.csrfToken, expiresAt: expect.any(String) });
    expect(
      await auditActions(stack, (await stack.dataSource().query(`SELECT id FROM sessions WHERE user_id = $1`, [reviewer.id]))[0].id),
    ).toEqual(['session.signed_in']);
  });

  it('answers 401 to GET /api/session without a cookie, with an unknown one, and for an API key', async () => {
    expect((await request(stack.http).get('/api/session')).status).toBe(401);
    const unknown = await request(stack.http)
      .get('/api/session')
      .set('Cookie', `factdesk_session=${'x'.repeat(43)}`);
    expect(unknown.status).toBe(401);
    const withKey = await request(stack.http).get('/api/session').set('Authorization', `Bearer ${reviewer.key}`);
    expect(withKey.status).toBe(401);
  });

  it('refuses a wrong password and an unknown name with the same 401', async () => {
    const wrong = await request(stack.http).post('/api/session').send({ name: 'Rita Reviewer', password: 'not the password at all' });
    const unknown = await request(stack.http).post('/api/session').send({ name: 'Nobody Here', password: PASSWORD });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ statusCode: 401, message: 'Wrong name or password' });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    // A user without a password cannot sign in either.
    const keyOnly = await stack.createUser(Role.Lead, 'Key Only');
    expect((await request(stack.http).post('/api/session').send({ name: 'Key Only', password: '' })).status).toBe(401);
    expect(keyOnly.id).toBeDefined();
  });

  it('audits failed sign-ins against the user (or the address for an unknown name), never with the password or an unknown name', async () => {
    const user = await withPassword(stack, Role.Reviewer, 'Fay Failing');
    const tries = [
      { name: 'Fay Failing', password: 'a wrong guess at Fay' },
      { name: 'my secret passphrase 42', password: 'typed into the name field' },
    ];
    for (const attempt of tries)
      expect((await request(stack.http).post('/api/session').set('X-Forwarded-For', '198.51.100.23').send(attempt)).status).toBe(401);
    const disabled = await withPassword(stack, Role.Reviewer, 'Dan Disabled');
    await request(stack.http).post(`/api/users/${disabled.id}/disable`).set('Authorization', `Bearer ${admin.key}`);
    expect((await request(stack.http).post('/api/session').send({ name: 'Dan Disabled', password: PASSWORD })).status).toBe(403);

    const failed = await stack
      .dataSource()
      .query(`SELECT actor_id, entity_type, entity_id, details FROM audit_log WHERE action = 'session.sign_in_failed' ORDER BY id`);
    expect(failed).toEqual(
      expect.arrayContaining([
        { actor_id: null, entity_type: 'user', entity_id: user.id, details: { address: '198.51.100.23', reason: 'wrong_password' } },
        { actor_id: null, entity_type: 'address', entity_id: '198.51.100.23', details: { reason: 'unknown_name' } },
        { actor_id: null, entity_type: 'user', entity_id: disabled.id, details: { address: expect.any(String), reason: 'user_disabled' } },
      ]),
    );
    const everything = JSON.stringify(await stack.dataSource().query(`SELECT * FROM audit_log`));
    for (const secret of ['a wrong guess at Fay', 'typed into the name field', 'my secret passphrase 42', PASSWORD])
      expect(everything).not.toContain(secret);

    // A wrong current password when changing one's own is audited too.
    const session = await signIn(stack.http, 'Fay Failing');
    const change = await request(stack.http)
      .put('/api/session/password')
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .send({ currentPassword: 'not the current one', newPassword: 'a new good passphrase' });
    expect(change.status).toBe(403);
    const [changeFailed] = await stack
      .dataSource()
      .query(`SELECT actor_id, details FROM audit_log WHERE action = 'user.password_change_failed' AND entity_id = $1`, [user.id]);
    expect(changeFailed).toEqual({ actor_id: user.id, details: { address: expect.any(String), reason: 'wrong_current_password' } });
    expect(JSON.stringify(changeFailed)).not.toContain('not the current one');
  });

  it('deletes sessions a day past their maximum age at the next sign-in, and keeps younger ones (ended or expired)', async () => {
    const user = await withPassword(stack, Role.Reviewer, 'Pia Purge');
    const insert = (hoursAgo: number, ended: boolean) =>
      stack.dataSource().query(
        `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, ended_at, end_reason)
         VALUES (sha256(gen_random_uuid()::text::bytea), $1, now() - make_interval(hours => $2 + 12), now() - make_interval(hours => $2),
                 CASE WHEN $3 THEN now() - make_interval(hours => $2 + 1) END, CASE WHEN $3 THEN 'signed_out'::session_end_reason END)
         RETURNING id`,
        [user.id, hoursAgo, ended],
      );
    const [[old], [oldEnded], [recent], [recentEnded]] = await Promise.all([
      insert(25, false),
      insert(30, true),
      insert(2, false),
      insert(1, true),
    ]);
    await signIn(stack.http, 'Pia Purge');
    const left = (await stack.dataSource().query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id])).map(
      (row: { id: string }) => row.id,
    );
    expect(left).toEqual(expect.arrayContaining([recent.id, recentEnded.id]));
    expect(left).not.toContain(old.id);
    expect(left).not.toContain(oldEnded.id);
    expect(left).toHaveLength(3);
  });

  it('refuses a state-changing request without, or with a wrong, CSRF token; accepts the right one; a Bearer key needs none', async () => {
    const session = await signIn(stack.http, 'Rita Reviewer');
    const post = () => request(stack.http).post('/api/articles').set('Cookie', session.cookie);
    const missing = await post().send(articleInput());
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ statusCode: 403, message: 'Missing or wrong CSRF token' });
    // Change the last character to one it is not (a fixed 'A' would sometimes be the same token).
    const last = session.csrfToken.slice(-1);
    const wrong = await post()
      .set('X-CSRF-Token', `${session.csrfToken.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`)
      .send(articleInput());
    expect(wrong.status).toBe(403);
    const other = await signIn(stack.http, 'Rita Reviewer');
    expect((await post().set('X-CSRF-Token', other.csrfToken).send(articleInput())).status).toBe(403);
    const [{ n }] = await stack.dataSource().query('SELECT count(*)::int AS n FROM articles');
    expect(n).toBe(0);

    const right = await post().set('X-CSRF-Token', session.csrfToken).send(articleInput());
    expect(right.status).toBe(201);
    const byKey = await request(stack.http).post('/api/articles').set('Authorization', `Bearer ${reviewer.key}`).send(articleInput());
    expect(byKey.status).toBe(201);
    // Reading needs no token.
    expect((await request(stack.http).get('/api/articles').set('Cookie', session.cookie)).status).toBe(200);
  });

  it('gives a session the roles of its user: a reviewer is refused the admin routes (403), an admin is not', async () => {
    const reviewerSession = await signIn(stack.http, 'Rita Reviewer');
    const listed = await request(stack.http).get('/api/users').set('Cookie', reviewerSession.cookie);
    expect(listed.status).toBe(403);
    const create = await request(stack.http)
      .post('/api/users')
      .set('Cookie', reviewerSession.cookie)
      .set('X-CSRF-Token', reviewerSession.csrfToken)
      .send({ name: 'Sneaky', role: 'admin' });
    expect(create.status).toBe(403);
    const dashboard = await request(stack.http).get('/admin/queues').set('Cookie', reviewerSession.cookie);
    expect(dashboard.status).toBe(403);

    const adminSession = await signIn(stack.http, 'Ada Admin');
    expect((await request(stack.http).get('/api/users').set('Cookie', adminSession.cookie)).status).toBe(200);
    expect((await request(stack.http).get('/admin/queues').set('Cookie', adminSession.cookie)).status).toBe(200);
    // The dashboard's own state-changing calls need the CSRF token, or the browser's word that they come from this origin.
    const retry = () => request(stack.http).put('/admin/queues/api/queues/unknown-queue/retry/failed').set('Cookie', adminSession.cookie);
    const withoutToken = await retry();
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.message).toBe('Missing or wrong CSRF token');
    expect((await retry().set('X-CSRF-Token', adminSession.csrfToken)).status).not.toBe(403);
  });

  it('lets an admin’s session use the queue dashboard’s actions from its own page (same origin), never from another site', async () => {
    const adminSession = await signIn(stack.http, 'Ada Admin');
    const reviewerSession = await signIn(stack.http, 'Rita Reviewer');
    // Listening on a port of its own, so the Host header (and so the same Origin) is known before the request.
    const server = await listenOnce(stack);
    const queue = QueueName.Extraction;
    const extraction = stack.queue(queue);
    const pause = (cookie: string) => request(server.url).put(`/admin/queues/api/queues/${queue}/pause`).set('Cookie', cookie);
    const resume = (cookie: string) => request(server.url).put(`/admin/queues/api/queues/${queue}/resume`).set('Cookie', cookie);
    const host = new URL(server.url).host;

    const fromPage = await pause(adminSession.cookie).set('Sec-Fetch-Site', 'same-origin').set('Origin', `http://${host}`);
    expect(fromPage.status).toBe(200);
    expect(await extraction.isPaused()).toBe(true);
    // An older browser without Sec-Fetch-Site: its Origin is this host.
    expect((await resume(adminSession.cookie).set('Origin', `http://${host}`)).status).toBe(200);
    expect(await extraction.isPaused()).toBe(false);

    const refused = [
      pause(adminSession.cookie).set('Sec-Fetch-Site', 'cross-site').set('Origin', 'https://evil.example'),
      pause(adminSession.cookie).set('Sec-Fetch-Site', 'same-site').set('Origin', `http://other.${host}`),
      pause(adminSession.cookie).set('Origin', 'https://evil.example'),
      pause(adminSession.cookie).set('Origin', 'null'),
      pause(adminSession.cookie),
    ];
    for (const attempt of refused) {
      const response = await attempt;
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('Missing or wrong CSRF token');
    }
    expect(await extraction.isPaused()).toBe(false);
    // Same origin does not lift the role: a reviewer's session is refused.
    expect((await pause(reviewerSession.cookie).set('Sec-Fetch-Site', 'same-origin')).status).toBe(403);
    // Machines keep Basic (and Bearer) keys, with no CSRF token nor Origin.
    const basic = await request(server.url).put(`/admin/queues/api/queues/${queue}/pause`).auth('admin', admin.key);
    expect(basic.status).toBe(200);
    expect((await request(server.url).put(`/admin/queues/api/queues/${queue}/resume`).auth('admin', admin.key)).status).toBe(200);
    expect(await extraction.isPaused()).toBe(false);
    await Promise.all([server.close(), extraction.close()]);
  });

  it('signs out: 403 without the CSRF token, then 204, the cookie cleared and the session refused', async () => {
    const session = await signIn(stack.http, 'Rita Reviewer');
    expect((await request(stack.http).delete('/api/session').set('Cookie', session.cookie)).status).toBe(403);
    const out = await request(stack.http).delete('/api/session').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken);
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/factdesk_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await request(stack.http).get('/api/session').set('Cookie', session.cookie);
    expect(after.status).toBe(401);
    const [row] = await stack
      .dataSource()
      .query(`SELECT id, end_reason FROM sessions WHERE token_hash = sha256($1::bytea)`, [session.cookie.split('=')[1]]);
    expect(row.end_reason).toBe('signed_out');
    expect(await auditActions(stack, row.id)).toEqual(['session.signed_in', 'session.signed_out']);
  });

  it('refuses a cross-site sign-in post', async () => {
    const fromElsewhere = await request(stack.http)
      .post('/api/session')
      .set('Origin', 'https://evil.example')
      .send({ name: 'Rita Reviewer', password: PASSWORD });
    expect(fromElsewhere.status).toBe(403);
    const crossSite = await request(stack.http)
      .post('/api/session')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ name: 'Rita Reviewer', password: PASSWORD });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await request(stack.http)
      .post('/api/session')
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ name: 'Rita Reviewer', password: PASSWORD });
    expect(sameOrigin.status).toBe(201);
  });

  it('lets an admin reset a password: 400 when too short or too long, then 204, the user’s sessions end, audited without the password', async () => {
    const user = await withPassword(stack, Role.Lead, 'Leo Lead');
    const leoSession = await signIn(stack.http, 'Leo Lead');
    const adminSession = await signIn(stack.http, 'Ada Admin');
    const put = (password: unknown) =>
      request(stack.http)
        .put(`/api/users/${user.id}/password`)
        .set('Cookie', adminSession.cookie)
        .set('X-CSRF-Token', adminSession.csrfToken)
        .send({ password });
    const short = await put('short');
    expect(short.status).toBe(400);
    expect(short.body.message).toBe('The password must have at least 12 characters (it has 5)');
    const long = await put('x'.repeat(1025));
    expect(long.status).toBe(400);
    expect(long.body.message).toMatch(/at most 1024 characters/);
    expect((await put(12345678901234)).status).toBe(400);

    expect((await put('a brand new passphrase')).status).toBe(204);
    const refused = await request(stack.http).get('/api/session').set('Cookie', leoSession.cookie);
    expect(refused.status).toBe(401);
    expect((await request(stack.http).post('/api/session').send({ name: 'Leo Lead', password: PASSWORD })).status).toBe(401);
    await signIn(stack.http, 'Leo Lead', 'a brand new passphrase');
    // The admin's own session is untouched.
    expect((await request(stack.http).get('/api/session').set('Cookie', adminSession.cookie)).status).toBe(200);

    const audit = await stack.dataSource().query(`SELECT action, details FROM audit_log WHERE entity_id = $1 ORDER BY id`, [user.id]);
    // The sign-in with the old password after the reset failed, and says so.
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'user.created',
      'user.password_set',
      'user.password_reset',
      'session.sign_in_failed',
    ]);
    expect(JSON.stringify(audit)).not.toContain('brand new');
    expect(audit[2].details).toMatchObject({ sessionsEnded: 1 });

    const stored = await stack.dataSource().query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('lets a signed-in user change their own password with the current one; their other sessions end, this one stays', async () => {
    await withPassword(stack, Role.Reviewer, 'Cleo Changer');
    const here = await signIn(stack.http, 'Cleo Changer');
    const elsewhere = await signIn(stack.http, 'Cleo Changer');
    const change = (body: object) =>
      request(stack.http).put('/api/session/password').set('Cookie', here.cookie).set('X-CSRF-Token', here.csrfToken).send(body);
    const wrong = await change({ currentPassword: 'not my password', newPassword: 'another good passphrase' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.message).toBe('The current password is wrong');
    expect((await change({ currentPassword: PASSWORD, newPassword: 'too short' })).status).toBe(400);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'another good passphrase' })).status).toBe(204);
    expect((await request(stack.http).get('/api/session').set('Cookie', here.cookie)).status).toBe(200);
    expect((await request(stack.http).get('/api/session').set('Cookie', elsewhere.cookie)).status).toBe(401);
    await signIn(stack.http, 'Cleo Changer', 'another good passphrase');
  });

  it('refuses a disabled user’s sign-in, and disabling ends the user’s sessions', async () => {
    const user = await withPassword(stack, Role.Reviewer, 'Dora Disabled');
    const session = await signIn(stack.http, 'Dora Disabled');
    const adminSession = await signIn(stack.http, 'Ada Admin');
    const disabled = await request(stack.http)
      .post(`/api/users/${user.id}/disable`)
      .set('Cookie', adminSession.cookie)
      .set('X-CSRF-Token', adminSession.csrfToken);
    expect(disabled.status).toBe(200);
    expect((await request(stack.http).get('/api/session').set('Cookie', session.cookie)).status).toBe(401);
    const refused = await request(stack.http).post('/api/session').send({ name: 'Dora Disabled', password: PASSWORD });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/disabled/);
    // Enabling does not bring the old session back.
    await request(stack.http).post(`/api/users/${user.id}/enable`).set('Authorization', `Bearer ${admin.key}`);
    expect((await request(stack.http).get('/api/session').set('Cookie', session.cookie)).status).toBe(401);
  });

  it('lists users for the admin pages with hasPassword and keyCount, and changes a role (keys and sessions alike)', async () => {
    const user = await stack.createUser(Role.Reviewer, 'Rolf Role');
    await stack.api!.get(UsersService).setPassword(user.id, PASSWORD, null);
    const session = await signIn(stack.http, 'Rolf Role');
    expect((await request(stack.http).get('/api/users').set('Cookie', session.cookie)).status).toBe(403);

    const listed = await request(stack.http).get('/api/users').set('Authorization', `Bearer ${admin.key}`);
    expect(listed.status).toBe(200);
    expect(listed.body.find((row: { id: string }) => row.id === user.id)).toEqual({
      id: user.id,
      name: 'Rolf Role',
      role: 'reviewer',
      createdAt: expect.any(String),
      disabledAt: null,
      disabledBy: null,
      hasPassword: true,
      passwordChangedAt: expect.any(String),
      keyCount: 1,
    });
    expect(listed.body.find((row: { name: string }) => row.name === 'Key Only')).toMatchObject({ hasPassword: false, keyCount: 1 });
    expect(JSON.stringify(listed.body)).not.toMatch(/argon2/);

    const patch = (id: string, body: object) =>
      request(stack.http).patch(`/api/users/${id}`).set('Authorization', `Bearer ${admin.key}`).send(body);
    expect((await patch(user.id, { role: 'owner' })).status).toBe(400);
    expect((await patch(admin.id, { role: 'reviewer' })).status).toBe(409);
    const promoted = await patch(user.id, { role: 'admin' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ id: user.id, role: 'admin' });
    expect((await patch(user.id, { role: 'admin' })).status).toBe(409);
    expect((await request(stack.http).get('/api/users').set('Cookie', session.cookie)).status).toBe(200);
    expect((await request(stack.http).get('/api/users').set('Authorization', `Bearer ${user.key}`)).status).toBe(200);
    expect(await auditActions(stack, user.id)).toContain('user.role_changed');
  });

  it('replaces a hash made with older argon2 parameters at the next sign-in, and the password still works', async () => {
    const user = await stack.createUser(Role.Reviewer, 'Olga Oldhash');
    const weaker = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 8192, timeCost: 1, parallelism: 1 });
    await stack.dataSource().query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [user.id, weaker]);
    await signIn(stack.http, 'Olga Oldhash');
    const [row] = await stack.dataSource().query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await signIn(stack.http, 'Olga Oldhash');
  });

  it('documents the session routes, the new user routes and fields in OpenAPI', async () => {
    const docs = (await request(stack.http).get('/docs/json')).body;
    expect(Object.keys(docs.paths['/api/session'])).toEqual(expect.arrayContaining(['post', 'get', 'delete']));
    expect(Object.keys(docs.paths['/api/session/password'])).toEqual(['put']);
    expect(Object.keys(docs.paths['/api/users/{id}'])).toEqual(['patch']);
    expect(Object.keys(docs.paths['/api/users/{id}/password'])).toEqual(['put']);
    expect(Object.keys(docs.components.schemas.SessionView.properties)).toEqual(['user', 'csrfToken', 'expiresAt']);
    expect(Object.keys(docs.components.schemas.ListedUserView.properties)).toEqual(
      expect.arrayContaining(['hasPassword', 'passwordChangedAt', 'keyCount']),
    );
  });
});

describe('Signing in: limits, expiry and the Secure flag', () => {
  it('limits wrong passwords: 401 until the budget is used, then 429 with retry-after, per address and per name', async () => {
    const stack = await TestStack.create({ AUTH_FAILURES_PER_MINUTE: '3' });
    try {
      await stack.startApi();
      await withPassword(stack, Role.Reviewer, 'Rita Reviewer');
      const attempt = (password: string, address?: string) => {
        const call = request(stack.http).post('/api/session');
        return (address ? call.set('X-Forwarded-For', address) : call).send({ name: 'Rita Reviewer', password });
      };
      for (let i = 0; i < 3; i += 1) expect((await attempt('wrong password number')).status).toBe(401);
      const limited = await attempt(PASSWORD);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body.message).toMatch(/try again in \d+ s/);
      // From another address (the proxy in front is trusted): the name's own budget is used up too.
      expect((await attempt(PASSWORD, '203.0.113.7')).status).toBe(429);
    } finally {
      await stack.destroy();
    }
  });

  it('expires an idle session and one past its maximum age: 401 "Session expired"; use keeps it alive until the maximum', async () => {
    const stack = await TestStack.create({ SESSION_IDLE_TIMEOUT_MS: '2000', SESSION_MAX_AGE_MS: '5000', AUTH_CACHE_TTL_MS: '0' });
    try {
      await stack.startApi();
      await withPassword(stack, Role.Reviewer, 'Rita Reviewer');
      const idle = await signIn(stack.http, 'Rita Reviewer');
      const busy = await signIn(stack.http, 'Rita Reviewer');
      const [{ expires_at: maxAgeEnds }] = await stack
        .dataSource()
        .query(`SELECT expires_at FROM sessions WHERE token_hash = sha256($1::bytea)`, [busy.cookie.split('=')[1]]);
      const signedInAt = (maxAgeEnds as Date).getTime() - 5000;
      // The busy one is used every 300 ms: it outlives the idle timeout, up to shortly before its maximum age.
      while (Date.now() - signedInAt < 4400) {
        expect((await request(stack.http).get('/api/session').set('Cookie', busy.cookie)).status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const expired = await request(stack.http).get('/api/articles').set('Cookie', idle.cookie);
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ statusCode: 401, message: 'Session expired' });
      expect(String(expired.headers['set-cookie'])).toMatch(/factdesk_session=;/);
      // Used well within the idle timeout, but past its maximum age.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, signedInAt + 5100 - Date.now())));
      const tooOld = await request(stack.http).get('/api/session').set('Cookie', busy.cookie);
      expect(tooOld.status).toBe(401);
      expect(tooOld.body.message).toBe('Session expired');
    } finally {
      await stack.destroy();
    }
  });

  it('ends a session in every API process within AUTH_CACHE_TTL_MS: signed out in one, refused by another soon after', async () => {
    const TTL_MS = 1500;
    const stack = await TestStack.create({ AUTH_CACHE_TTL_MS: String(TTL_MS) });
    try {
      await stack.startApi();
      const other = (await stack.startAnotherApi()).getHttpServer();
      await withPassword(stack, Role.Reviewer, 'Rita Reviewer');
      const session = await signIn(stack.http, 'Rita Reviewer');
      expect((await request(other).get('/api/session').set('Cookie', session.cookie)).status).toBe(200);
      const out = await request(stack.http).delete('/api/session').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken);
      expect(out.status).toBe(204);
      const signedOutAt = Date.now();
      expect((await request(stack.http).get('/api/session').set('Cookie', session.cookie)).status).toBe(401);
      // The other process still trusts what it verified, for at most the TTL.
      const stillCached = await request(other).get('/api/session').set('Cookie', session.cookie);
      if (Date.now() - signedOutAt < TTL_MS - 200) expect(stillCached.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, signedOutAt + TTL_MS + 100 - Date.now())));
      expect((await request(other).get('/api/session').set('Cookie', session.cookie)).status).toBe(401);
    } finally {
      await stack.destroy();
    }
  });

  it('counts an admin who signs in with a password as a way in: the last admin key may go then, and not before', async () => {
    const stack = await TestStack.create();
    try {
      await stack.startApi();
      const keyAdmin = await stack.createUser(Role.Admin, 'Kim Key');
      const [{ id: keyId }] = await stack.dataSource().query(`SELECT id FROM api_keys WHERE user_id = $1`, [keyAdmin.id]);
      const revokeKey = () => request(stack.http).delete(`/api/keys/${keyId}`).set('Authorization', `Bearer ${keyAdmin.key}`).send({});

      // Kim's key is the newsroom's only way in: it stays.
      const refused = await revokeKey();
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'access.last_admin_key' });

      // Another admin who has only a password (no key) is a way in.
      const passwordAdmin = await stack.createUser(Role.Admin, 'Pat Password');
      const [{ id: patKeyId }] = await stack.dataSource().query(`SELECT id FROM api_keys WHERE user_id = $1`, [passwordAdmin.id]);
      expect(
        (await request(stack.http).delete(`/api/keys/${patKeyId}`).set('Authorization', `Bearer ${keyAdmin.key}`).send({})).status,
      ).toBe(200);
      expect((await revokeKey()).status).toBe(409);
      await stack.api!.get(UsersService).setPassword(passwordAdmin.id, PASSWORD, null);
      expect((await revokeKey()).status).toBe(200);

      // And Pat, signed in, still manages users.
      const pat = await signIn(stack.http, 'Pat Password');
      const users = await request(stack.http).get('/api/users').set('Cookie', pat.cookie);
      expect(users.status).toBe(200);
      const disableKim = await request(stack.http)
        .post(`/api/users/${keyAdmin.id}/disable`)
        .set('Cookie', pat.cookie)
        .set('X-CSRF-Token', pat.csrfToken)
        .send({});
      expect(disableKim.status).toBe(200);
    } finally {
      await stack.destroy();
    }
  });

  it('marks the cookie Secure when SESSION_COOKIE_SECURE is true', async () => {
    const stack = await TestStack.create({ SESSION_COOKIE_SECURE: 'true' });
    try {
      await stack.startApi();
      await withPassword(stack, Role.Reviewer, 'Rita Reviewer');
      const session = await signIn(stack.http, 'Rita Reviewer');
      expect(session.setCookie).toMatch(/; Secure/);
      expect(session.setCookie).toMatch(/; HttpOnly/);
    } finally {
      await stack.destroy();
    }
  });
});
