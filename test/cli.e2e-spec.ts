import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { aleppoFixture } from './support/fixtures';
import { TestStack } from './support/harness';
import { runEntry } from './support/processes';

describe('Command line: create-user, set-password, import, configuration errors', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
  });

  afterAll(() => stack.destroy());

  it('create-user prints the new key alone on its last line, and the key works', async () => {
    const result = await runEntry('apps/cli/src/main.ts', ['create-user', '--role', 'admin', '--name', 'First Admin'], stack.processEnv);
    expect(result.code).toBe(0);
    const key = result.stdout.trimEnd().split('\n').at(-1)!;
    expect(key).toMatch(/^fdk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const users = await request(stack.http).get('/api/users').set('Authorization', `Bearer ${key}`);
    expect(users.status).toBe(200);
    expect(users.body).toEqual([expect.objectContaining({ name: 'First Admin', role: 'admin' })]);
  });

  it('create-user refuses an unknown role with a clear message and creates nobody', async () => {
    const result = await runEntry('apps/cli/src/main.ts', ['create-user', '--role', 'owner', '--name', 'X'], stack.processEnv);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/owner.*(reviewer, lead, admin|Allowed choices)/s);
    const [{ n }] = await stack.dataSource().query(`SELECT count(*)::int AS n FROM users WHERE name = 'X'`);
    expect(n).toBe(0);
  });

  it('import submits each good line, counts duplicates, and reports bad lines without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-import-'));
    const file = join(dir, 'archive.ndjson');
    const lines = [
      JSON.stringify({ title: 'Aleppo', body: aleppoFixture(), url: 'https://example.org/aleppo' }),
      JSON.stringify({ title: 'Second', body: 'The council approved 12 new schools on Tuesday.' }),
      '{"title": "broken',
      JSON.stringify({ body: 'No title here, 5 people said.' }),
      '',
      JSON.stringify({ title: 'Aleppo again', body: aleppoFixture() }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ title: 'Third', body: 'Exports rose 4 percent in March, the ministry said.' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await runEntry('apps/cli/src/main.ts', ['import', file], stack.processEnv);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('line 3: rejected: not valid JSON');
    expect(result.stdout).toMatch(/line 4: rejected: .*title/);
    expect(result.stdout).toContain('line 7: rejected: not a JSON object');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('imported 3, duplicates 1, rejected 3');
    const [{ n }] = await stack.dataSource().query('SELECT count(*)::int AS n FROM articles');
    expect(n).toBe(3);
  });

  it('set-password reads the first line of standard input; the user signs in with it, and older sessions end', async () => {
    const created = await runEntry(
      'apps/cli/src/main.ts',
      ['create-user', '--role', 'reviewer', '--name', 'Pat Password'],
      stack.processEnv,
    );
    expect(created.code).toBe(0);
    const set = (password: string, name = 'Pat Password') =>
      runEntry('apps/cli/src/main.ts', ['set-password', name], stack.processEnv, 30_000, password);
    const first = await set('first passphrase here\nignored second line\n');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Password set for reviewer "Pat Password" \([0-9a-f-]{36}\)/);
    const signIn = (password: string) => request(stack.http).post('/api/session').send({ name: 'Pat Password', password });
    const session = await signIn('first passphrase here');
    expect(session.status).toBe(201);
    const cookie = String(session.headers['set-cookie']).split(';')[0]!;

    expect((await set('second passphrase, no newline')).code).toBe(0);
    expect((await signIn('first passphrase here')).status).toBe(401);
    expect((await signIn('second passphrase, no newline')).status).toBe(201);
    expect((await request(stack.http).get('/api/session').set('Cookie', cookie)).status).toBe(401);
    const audit = await stack
      .dataSource()
      .query(
        `SELECT a.action, a.actor_id FROM audit_log a JOIN users u ON u.id::text = a.entity_id WHERE u.name = 'Pat Password' ORDER BY a.id`,
      );
    expect(audit).toEqual([
      { action: 'user.created', actor_id: null },
      { action: 'user.password_set', actor_id: null },
      { action: 'user.password_reset', actor_id: null },
      // The sign-in with the replaced password, refused and recorded.
      { action: 'session.sign_in_failed', actor_id: null },
    ]);
  }, 120_000);

  it('set-password refuses an unknown user and a too short password with a message and a non-zero exit code', async () => {
    const unknown = await runEntry(
      'apps/cli/src/main.ts',
      ['set-password', 'Nobody At All'],
      stack.processEnv,
      30_000,
      'a long enough password\n',
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/^factdesk: No user named "Nobody At All"/);
    const short = await runEntry('apps/cli/src/main.ts', ['set-password', 'Pat Password'], stack.processEnv, 30_000, 'short\n');
    expect(short.code).not.toBe(0);
    expect(short.stderr.trim()).toBe('factdesk: The password must have at least 12 characters (it has 5)');
    const empty = await runEntry('apps/cli/src/main.ts', ['set-password', 'Pat Password'], stack.processEnv, 30_000, '');
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toMatch(/at least 12 characters \(it has 0\)/);
  }, 120_000);

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }, /^factdesk: Invalid configuration: DATABASE_URL must be a PostgreSQL URL/],
    [
      'REDIS_URL',
      { REDIS_URL: 'localhost:6379' },
      /^factdesk: Invalid configuration: REDIS_URL must be a Redis URL like redis:\/\/host:6379/,
    ],
    ['WEBHOOK_SECRET_KEY', { WEBHOOK_SECRET_KEY: '' }, /^factdesk: Invalid configuration: WEBHOOK_SECRET_KEY is missing$/],
  ])('a bad %s stops the API with one clear line', async (_name, overrides, expected) => {
    const result = await runEntry('apps/api/src/main.ts', [], { ...stack.processEnv, ...overrides });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(expected);
  });
});

describe('Command line: extract (the engine on a file, no services)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-extract-'));
  const fileWith = (name: string, content: string): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const extractJson = async (file: string): Promise<Record<string, any>> => {
    const result = await runEntry('apps/cli/src/extract.ts', [file], process.env);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Record<string, any>;
  };
  // Two sentences, the first of which the engine splits into two claims.
  const twoSentences = 'Prices rose 5 percent in May, and exports fell 3 percent in June. The port handled 40,000 containers last year.\n';

  it('JSON carries the text the claim offsets point into', async () => {
    const output = await extractJson(fileWith('plain.txt', twoSentences));
    expect(output.text).toBe(twoSentences);
    expect(output.claims.length).toBeGreaterThan(0);
    for (const claim of output.claims) expect(output.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('for HTML input, JSON carries the derived article text, and the offsets point into it', async () => {
    const html =
      '<html><head><title>Port</title></head><body><article><p>Prices rose 5 percent in May, and exports fell 3 percent in June.</p>' +
      '<p>The port handled 40,000 containers last year, officials said.</p></article></body></html>';
    const output = await extractJson(fileWith('page.html', html));
    expect(output.fromHtml).toBe(true);
    expect(output.text).not.toContain('<');
    expect(output.text).toContain('The port handled 40,000 containers last year');
    expect(output.claims.length).toBeGreaterThanOrEqual(2);
    for (const claim of output.claims) expect(output.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('the table footer counts sentences and claims apart, as the JSON does', async () => {
    const file = fileWith('footer.txt', twoSentences);
    const output = await extractJson(file);
    expect(output.sentences).toBe(2);
    expect(output.claims.length).toBe(3);
    const worthy = output.claims.filter((claim: { checkWorthy: boolean }) => claim.checkWorthy).length;
    const table = await runEntry('apps/cli/src/extract.ts', ['--format', 'table', file], process.env);
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^2 sentences, 3 claims, ${worthy} check-worthy \\(threshold [0-9.]+\\)$`),
    );
  });

  it('with --sentences, each line is one sentence and one claim in the footer', async () => {
    const file = fileWith('lines.txt', 'The port handled 40,000 containers last year.\n\nThank you all for coming tonight.\n');
    const table = await runEntry('apps/cli/src/extract.ts', ['--sentences', '--format', 'table', file], process.env);
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 sentences, 2 claims, \d check-worthy/);
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '  \n\n\t\n'],
    ['an HTML page with no article text', '<html><head><title>Empty</title></head><body><div></div></body></html>'],
  ])('%s reports no language, not a supported one', async (_name, content) => {
    const output = await extractJson(fileWith('empty.txt', content));
    expect(output).toMatchObject({ language: null, languageSupported: false, sentences: 0, claims: [] });
    expect(output.text.trim()).toBe('');
    const table = await runEntry('apps/cli/src/extract.ts', ['--format', 'table', join(dir, 'empty.txt')], process.env);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 sentences, 0 claims, 0 check-worthy/);
  });
});
