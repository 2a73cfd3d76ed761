import { readFileSync } from 'node:fs';
import { get as httpGet, IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { ArticleStatus, Role } from '@factdesk/database';
import { QueueName } from '@factdesk/jobs';
import { join } from 'node:path';
import {
  buildWebApp,
  launchBrowser,
  listen,
  newContext,
  screenshot,
  setPassword,
  signIn,
  unlabelledControls,
  watchErrors,
} from '../support/browser';
import { aleppoFixture } from '../support/fixtures';
import { TestStack } from '../support/harness';
import { clientFor, TestUser } from '../support/http-client';
import { waitFor } from '../support/processes';
import { WebhookReceiver } from '../support/webhook-receiver';

// A browser drives the built web app against a real API and worker: the fact-checking day in miniature, and the
// app's defences. Waits are on visible state, never on fixed sleeps.
jest.setTimeout(120_000);

const PASSWORD = 'correct horse battery staple';

interface Claim {
  id: string;
  text: string;
  state: string;
  attribution: { speaker?: string | null } | null;
}

describe('Web app: a day at the desk', () => {
  let web: ReturnType<typeof buildWebApp>;
  let stack: TestStack;
  let baseUrl: string;
  let browser: Browser;
  let receiver: WebhookReceiver;
  let as: ReturnType<typeof clientFor>;
  let admin: TestUser;
  let lead: TestUser;
  let checker: TestUser;
  let second: TestUser;

  beforeAll(async () => {
    web = buildWebApp();
    stack = await TestStack.create({
      WEB_DIR: web.dir,
      LEASE_SWEEP_INTERVAL_MS: '200',
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_RELAY_INTERVAL_MS: '100',
      EXPORTS_DIR: join(web.dir, 'exports'),
    });
    await stack.startApi();
    await stack.startWorker();
    baseUrl = await listen(stack);
    as = clientFor(stack);
    admin = await stack.createUser(Role.Admin, 'Ada Admin');
    lead = await stack.createUser(Role.Lead, 'Lena Lead');
    checker = await stack.createUser(Role.Reviewer, 'Rita Reviewer');
    second = await stack.createUser(Role.Reviewer, 'Sam Second');
    for (const user of [admin, lead, checker, second]) await setPassword(stack, admin.key, user.id, PASSWORD);
    receiver = await WebhookReceiver.start();
    const subscribed = await as(admin).post('/api/webhooks', {
      url: receiver.url,
      events: ['verdict.published'],
      description: 'Newsroom CMS',
    });
    expect(subscribed.status).toBe(201);
    receiver.secrets = [subscribed.body.secret];
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.destroy();
    web?.remove();
  });

  async function submitArticle(body: Record<string, unknown>): Promise<{ id: string; claims: Claim[] }> {
    const submitted = await as(lead).post('/api/articles', body);
    expect(submitted.status).toBe(201);
    await stack.waitForArticle(submitted.body.id, ArticleStatus.Extracted);
    const article = await as(lead).get(`/api/articles/${submitted.body.id}`);
    return { id: submitted.body.id, claims: article.body.claims as Claim[] };
  }

  it('serves the app at / with a strict Content-Security-Policy, cached assets and an uncached page', async () => {
    const page = await request(stack.http).get('/dashboard').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const policy = page.headers['content-security-policy'] as string;
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    const script = /src="(\/assets\/main-[A-Z0-9]+\.js)"/.exec(page.text)![1]!;
    const asset = await request(stack.http).get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    // Compressed at build time, served as the browser accepts: brotli first, else gzip, else as it is; the same bytes.
    const stylesheet = /href="(\/assets\/styles-[A-Z0-9]+\.css)"/.exec(page.text)![1]!;
    for (const path of [script, stylesheet, '/workspace']) {
      const plain = await rawGet(baseUrl, path, {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
      const gzip = await rawGet(baseUrl, path, { 'Accept-Encoding': 'gzip, deflate' });
      const brotli = await rawGet(baseUrl, path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(gunzipSync(gzip.body)).toEqual(plain.body);
      expect(brotliDecompressSync(brotli.body)).toEqual(plain.body);
      expect(gzip.body.length).toBeLessThan(plain.body.length);
      expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
      for (const answer of [plain, gzip, brotli]) {
        expect(answer.status).toBe(200);
        expect(answer.headers['content-type']).toBe(plain.headers['content-type']);
        expect(answer.headers['cache-control']).toBe(path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        expect(answer.headers['content-security-policy']).toBe(policy);
      }
    }
    expect((await rawGet(baseUrl, script, { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await rawGet(baseUrl, script, { 'Accept-Encoding': 'gzip;q=0.5, identity' })).headers['content-encoding']).toBeUndefined();
    // The API's own answers are never compressed (nothing secret is compressed beside what a page can inject).
    expect((await rawGet(baseUrl, '/health', { 'Accept-Encoding': 'gzip, br' })).headers['content-encoding']).toBeUndefined();
    // The API keeps its own JSON answers: an unknown API route is a 404, never the app's page.
    const unknown = await request(stack.http).get('/api/nothing-here').set('Accept', 'text/html');
    expect(unknown.status).toBe(404);
    expect((await request(stack.http).get('/assets/missing.js')).status).toBe(404);
  });

  it('takes a claim from the queue to a published verdict, through three people’s screens', async () => {
    const article = await submitArticle({
      title: 'Aleppo',
      body: aleppoFixture(),
      url: 'https://example.org/aleppo',
      publisher: 'RT',
      desk: 'world',
      reach: 0.9,
      language: 'en',
      publishedAt: '2016-12-07T10:00:00Z',
    });
    const konashenkov = article.claims.find((claim) => claim.state === 'ready' && /Konashenkov/.test(String(claim.attribution?.speaker)))!;
    expect(konashenkov).toBeDefined();
    expect((await as(lead).post(`/api/claims/${konashenkov.id}/assign`, { reviewerId: checker.id })).status).toBe(200);

    // The reviewer: sign in, take the claim with the keyboard, see it highlighted in its article.
    const reviewerContext = await newContext(browser);
    const page = await reviewerContext.newPage();
    const errors = watchErrors(page);
    await signIn(page, baseUrl, 'Rita Reviewer', PASSWORD);
    await page.waitForURL(`${baseUrl}/workspace`);
    await page.getByRole('button', { name: /Next claim/ }).waitFor();
    await page.keyboard.press('n');
    const mark = page.locator('mark.claim-mark');
    await expect(mark.textContent()).resolves.toBe(konashenkov.text);
    await page
      .getByText(/Konashenkov/)
      .first()
      .waitFor();
    await page.locator('.lease-remaining').waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    for (const key of ['n', 'e', 'v', 's', '?']) await page.getByRole('dialog').locator('dt kbd').filter({ hasText: key }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // Evidence: instant validation first, then a refuting and a supporting link.
    await page.keyboard.press('e');
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe('evidence-url');
    await page.keyboard.type('not a link');
    await page.getByText('Give a full http:// or https:// address.').waitFor();
    await addEvidence(page, {
      url: 'https://www.reuters.com/article/syria-aleppo-un',
      title: 'UN: no independent confirmation of evacuation numbers',
      publisher: 'Reuters',
      stance: 'refutes',
      excerpt: 'The United Nations said it could not confirm the figures.',
    });
    await addEvidence(page, {
      url: 'https://tass.com/world/917521',
      title: 'Over 3,000 civilians leave eastern Aleppo',
      publisher: 'TASS',
      stance: 'supports',
    });
    const links = page.locator('.evidence-list a');
    await waitFor('two evidence links', async () => (await links.count()) === 2);
    for (const link of await links.all()) await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');

    // The disagreement comes back as a proposed conflict with both sides; the reviewer confirms it.
    const conflict = page.locator('li.conflict', { hasText: 'UN: no independent confirmation' });
    await page.locator('li.conflict[data-conflict-status="proposed"]', { hasText: 'UN: no independent confirmation' }).waitFor();
    await conflict.getByRole('link', { name: 'Over 3,000 civilians leave eastern Aleppo' }).waitFor();
    await screenshot(page, 'workspace');
    expect(await unlabelledControls(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Confirm conflict' }).click();
    await page.locator('li.conflict[data-conflict-status="confirmed"]', { hasText: 'UN: no independent confirmation' }).waitFor();

    // The verdict, from the keyboard's `v`.
    await page.keyboard.press('v');
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe('verdict-rating');
    await page.getByLabel('Rating').selectOption('mixed');
    await page.getByLabel('Rationale').fill('The ministry figure is not confirmed by the UN; TASS repeats it.');
    await page.getByRole('button', { name: 'Submit verdict' }).click();
    await page.getByText('Verdict submitted.').waitFor();
    expect(errors).toEqual([]);

    // The second reviewer approves from the inbox, the author's rationale beside the evidence.
    const secondContext = await newContext(browser);
    const secondPage = await secondContext.newPage();
    await signIn(secondPage, baseUrl, 'Sam Second', PASSWORD, '/reviews');
    await secondPage.waitForURL(`${baseUrl}/reviews`);
    const item = secondPage.locator('.inbox-item', { hasText: konashenkov.text });
    await item.getByText('The ministry figure is not confirmed by the UN; TASS repeats it.').waitFor();
    await item.getByRole('link', { name: 'UN: no independent confirmation of evacuation numbers' }).waitFor();
    await screenshot(secondPage, 'approval-inbox');
    expect(await unlabelledControls(secondPage)).toEqual([]);
    await item.getByRole('button', { name: 'Approve' }).click();
    await item.waitFor({ state: 'detached' });

    // The lead: dashboard, publish, the webhook's delivery in the log, the CSV report.
    const leadContext = await newContext(browser);
    const leadPage = await leadContext.newPage();
    await signIn(leadPage, baseUrl, 'Lena Lead', PASSWORD);
    await leadPage.waitForURL(`${baseUrl}/dashboard`);
    await leadPage.getByRole('heading', { name: 'Queue depth by desk' }).waitFor();
    await leadPage.getByRole('rowheader', { name: 'world' }).waitFor();
    await leadPage.locator('figure.chart svg').first().waitFor();
    await screenshot(leadPage, 'dashboard');
    expect(await unlabelledControls(leadPage)).toEqual([]);
    await leadPage.getByRole('link', { name: 'Approve & publish' }).first().click();
    const toPublish = leadPage.locator('.inbox-item', { hasText: konashenkov.text });
    await toPublish.getByRole('button', { name: 'Publish' }).click();
    await toPublish.waitFor({ state: 'detached' });
    await waitFor('the verdict.published webhook', async () => receiver.accepted.find((hook) => hook.payload.type === 'verdict.published'));

    await leadPage.getByRole('link', { name: 'Webhooks' }).click();
    await leadPage.getByRole('button', { name: 'Delivery log' }).click();
    const delivered = leadPage.locator('tr[data-delivery-status="delivered"]', { hasText: 'verdict.published' });
    await waitFor('the delivery in the log', async () => {
      if ((await delivered.count()) > 0) return true;
      await leadPage.getByRole('button', { name: 'Refresh log' }).click();
      return false;
    });

    // Nothing failed, so a replay of failures since yesterday (the form's default) queues none.
    await leadPage.getByRole('button', { name: 'Replay failed' }).click();
    await leadPage.getByText('0 failed deliveries queued again.').waitFor();
    expect(await unlabelledControls(leadPage)).toEqual([]);

    await leadPage.getByRole('link', { name: 'Reports' }).click();
    await leadPage.getByLabel('Format').selectOption('csv');
    const [download] = await Promise.all([leadPage.waitForEvent('download'), leadPage.getByRole('link', { name: 'Download now' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^verdicts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const row = csv.split('\n').find((line) => line.startsWith(konashenkov.id));
    expect(row).toBeDefined();
    expect(row).toMatch(/,mixed,/);
    expect(row).toMatch(/published/);

    // The same report as a background export: its progress runs to the end, then it downloads.
    expect(await unlabelledControls(leadPage)).toEqual([]);
    await leadPage.getByRole('button', { name: 'Export in the background' }).click();
    await leadPage.locator('[data-export-status="completed"]').waitFor();
    await expect(leadPage.locator('progress').getAttribute('value')).resolves.toBe('100');
    const [exported] = await Promise.all([
      leadPage.waitForEvent('download'),
      leadPage.getByRole('link', { name: 'Download the export' }).click(),
    ]);
    expect(readFileSync((await exported.path())!, 'utf8')).toContain(konashenkov.id);

    await Promise.all([reviewerContext.close(), secondContext.close(), leadContext.close()]);
  });

  it('shows hostile text from articles and evidence as text, never as markup that runs', async () => {
    const hostile =
      'The ministry said 3,179 people left the city on Monday. <script>window.__owned = "script"</script> Officials said 80,000 more would leave by Friday.';
    const article = await submitArticle({
      title: 'Evacuation <img src=x onerror="window.__owned = \'title\'">',
      body: hostile,
      desk: 'hostile',
    });
    const claim = article.claims.find((candidate) => candidate.state === 'ready')!;
    expect(claim).toBeDefined();
    const victim = await stack.createUser(Role.Reviewer, 'Val Victim');
    await setPassword(stack, admin.key, victim.id, PASSWORD);
    expect((await as(lead).post(`/api/claims/${claim.id}/assign`, { reviewerId: victim.id })).status).toBe(200);
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, baseUrl, 'Val Victim', PASSWORD);
    await page.getByRole('button', { name: /Next claim/ }).click();
    await page.locator('mark.claim-mark').waitFor();
    await page.locator('.article-body', { hasText: '<script>window.__owned = "script"</script>' }).waitFor();
    await page.getByRole('heading', { name: /Evacuation <img src=x onerror=/ }).waitFor();
    await addEvidence(page, {
      url: 'https://example.org/report?q=%3Cscript%3E',
      title: '<img src=x onerror="window.__owned = \'evidence\'">',
      publisher: '<b>Agency</b>',
      stance: 'context',
    });
    await page.locator('.evidence-list', { hasText: '<img src=x onerror=' }).waitFor();
    await expect(page.evaluate('window.__owned')).resolves.toBeUndefined();
    await expect(page.locator('.article-body script, .evidence-list img, h2 img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps reviewers out of admin pages (and the API refuses them too), and refuses a request without the CSRF token', async () => {
    const context = await newContext(browser, { width: 420, height: 800 });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'Sam Second', PASSWORD, '/admin/users');
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await expect(page.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
    const statuses = await page.evaluate(async () => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const users = await fetch('/api/users');
      const heartbeat = (headers: Record<string, string>) =>
        fetch('/api/queue/leases/00000000-0000-4000-8000-000000000000/heartbeat', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: '{}',
        });
      const withoutToken = await heartbeat({});
      const wrongToken = await heartbeat({ 'X-CSRF-Token': 'forged' });
      const withToken = await heartbeat({ 'X-CSRF-Token': session.csrfToken });
      return { users: users.status, withoutToken: withoutToken.status, wrongToken: wrongToken.status, withToken: withToken.status };
    });
    // With the token the request reaches the route (an unknown lease: 404); without it, or with a forged one: 403.
    expect(statuses).toEqual({ users: 403, withoutToken: 403, wrongToken: 403, withToken: 404 });
    await context.close();
  });

  it('lets an admin create a person, change their role and set their password; the person signs in and out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, 'Ada Admin', PASSWORD, '/admin/users');
    await page.waitForURL(`${baseUrl}/admin/users`);
    await page.getByLabel('Name', { exact: true }).fill('Nina New');
    await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText(/API key \(shown once\)/).waitFor();
    const row = page.locator('.user', { hasText: 'Nina New' });
    await row.getByLabel('Role of Nina New').selectOption('lead');
    await row.getByText('Role changed to lead.').waitFor();
    await row.getByLabel('New password for Nina New').fill('a long enough password');
    await row.getByRole('button', { name: 'Set password' }).click();
    await row.getByText('Password set.').waitFor();
    await row.getByRole('button', { name: 'API keys' }).click();
    await row.locator('.keys tbody tr').first().waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    const nina = await (await newContext(browser)).newPage();
    await signIn(nina, baseUrl, 'Nina New', 'a long enough password');
    await nina.waitForURL(`${baseUrl}/dashboard`);
    await nina.getByRole('button', { name: 'Sign out' }).click();
    await nina.waitForURL(`${baseUrl}/sign-in`);
    await nina.goto(`${baseUrl}/dashboard`);
    await nina.waitForURL(/\/sign-in\?next=%2Fdashboard$/);
    await Promise.all([context.close(), nina.context().close()]);
  });

  it('lets a lead reassign a claim by picking the person from a list', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, 'Lena Lead', PASSWORD, '/queue');
    await page.waitForURL(`${baseUrl}/queue`);
    const row = page.locator('ul.claim-rows > li').first();
    const text = await row.locator('p').first().textContent();
    const picker = row.getByLabel('Reassign to');
    await expect(picker.locator('option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Sam Second (reviewer)', 'Lena Lead (lead)', 'Ada Admin (admin)']),
    );
    await picker.selectOption({ label: 'Sam Second (reviewer)' });
    await row.getByRole('button', { name: 'Reassign' }).click();
    await row.getByText('Reassigned.').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    const claims = (await as(lead).get('/api/claims?state=ready&limit=100')).body.items as Array<{ id: string; text: string }>;
    const reassigned = claims.find((claim) => claim.text === text)!;
    expect((await as(lead).get(`/api/claims/${reassigned.id}`)).body.queue.reservedFor).toBe(second.id);
    await context.close();
  });

  it('opens Bull Board from the app for a signed-in admin, whose page may act on the queues with the session alone', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, 'Ada Admin', PASSWORD, '/admin/users');
    await page.waitForURL(`${baseUrl}/admin/users`);
    await page.getByRole('link', { name: 'Job queues' }).click();
    await page.waitForURL(`${baseUrl}/admin/queues`);
    await page.getByText('Factdesk queues').first().waitFor();
    // What Bull Board's own script does for its buttons: a same-origin request with the cookie and no CSRF header.
    const put = (action: string) =>
      page.evaluate(
        async (path) => (await fetch(path, { method: 'PUT' })).status,
        `/admin/queues/api/queues/${QueueName.Exports}/${action}`,
      );
    const exportsQueue = stack.queue(QueueName.Exports);
    expect(await put('pause')).toBe(200);
    expect(await exportsQueue.isPaused()).toBe(true);
    expect(await put('resume')).toBe(200);
    expect(await exportsQueue.isPaused()).toBe(false);
    await exportsQueue.close();
    await context.close();
  });

  it('fits every page into a narrow window, the workspace with a claim too, with no sideways scrolling of the page', async () => {
    const [subscription] = (await as(admin).get('/api/webhooks')).body as Array<{ id: string }>;
    expect((await as(admin).post(`/api/webhooks/${subscription!.id}/test`)).status).toBe(202);
    const context = await newContext(browser, { width: 400, height: 800 });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'Ada Admin', PASSWORD, '/dashboard');
    await page.waitForURL(`${baseUrl}/dashboard`);
    const overflow = () => sidewaysOverflow(page);
    const wide: Record<string, number> = {};
    for (const path of [
      '/dashboard',
      '/approvals',
      '/queue',
      '/reports',
      '/webhooks',
      '/admin/users',
      '/workspace',
      '/reviews',
      '/account',
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      const loading = page.locator('main [role="status"]', { hasText: 'Loading' });
      await waitFor(`${path} loaded`, async () => (await loading.count()) === 0);
      if (path === '/webhooks') {
        await page.getByRole('button', { name: 'Delivery log' }).first().click();
        await page.locator('.delivery-log table').waitFor();
      }
      if (path === '/admin/users') {
        await page.getByRole('button', { name: 'API keys' }).first().click();
        await page.locator('.keys table').first().waitFor();
      }
      const extra = await overflow();
      if (extra > 0) wide[path] = extra;
    }

    // The reviewer's workspace with a claim in its article, evidence and verdict forms.
    // Another text than the day's (the same one would be a duplicate, not a new article).
    const article = await submitArticle({ title: 'Narrow', body: `${aleppoFixture()}\n\nUpdated on Friday.`, desk: 'narrow' });
    const claim = article.claims.find((candidate) => candidate.state === 'ready')!;
    const narrow = await stack.createUser(Role.Reviewer, 'Nora Narrow');
    await setPassword(stack, admin.key, narrow.id, PASSWORD);
    expect((await as(lead).post(`/api/claims/${claim.id}/assign`, { reviewerId: narrow.id })).status).toBe(200);
    const reviewerPage = await (await newContext(browser, { width: 400, height: 800 })).newPage();
    await signIn(reviewerPage, baseUrl, 'Nora Narrow', PASSWORD);
    await reviewerPage.getByRole('button', { name: /Next claim/ }).click();
    await reviewerPage.locator('mark.claim-mark').waitFor();
    const workspaceOverflow = await sidewaysOverflow(reviewerPage);
    if (workspaceOverflow > 0) wide['/workspace with a claim'] = workspaceOverflow;
    expect(wide).toEqual({});
    await Promise.all([context.close(), reviewerPage.context().close()]);
  });

  it('sends an expired session back to sign-in, then returns to the page it was on', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, 'Lena Lead', PASSWORD, '/queue');
    await page.waitForURL(`${baseUrl}/queue`);
    // The page's own first loads must have answered: one still in flight when the cookie goes
    // would meet the 401 first and send the page to sign-in before the filter is touched.
    await page.waitForLoadState('networkidle');
    await context.clearCookies();
    await page.getByLabel('State', { exact: true }).selectOption('pulled');
    await page.getByText('Your session has expired. Sign in again to continue.').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/queue');
    await page.getByLabel('Name').fill('Lena Lead');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/queue`);
    await context.close();
  });
});

describe('Web app: leases and sign-in limits', () => {
  let web: ReturnType<typeof buildWebApp>;
  let stack: TestStack;
  let baseUrl: string;
  let browser: Browser;
  let as: ReturnType<typeof clientFor>;
  let admin: TestUser;
  let reviewer: TestUser;

  beforeAll(async () => {
    web = buildWebApp();
    // A short lease, so heartbeats and expiry happen within the test.
    stack = await TestStack.create({
      WEB_DIR: web.dir,
      LEASE_DURATION_MS: '3000',
      LEASE_SWEEP_INTERVAL_MS: '200',
      AUTH_FAILURES_PER_MINUTE: '5',
    });
    await stack.startApi();
    await stack.startWorker();
    baseUrl = await listen(stack);
    as = clientFor(stack);
    admin = await stack.createUser(Role.Admin, 'Ada Admin');
    reviewer = await stack.createUser(Role.Reviewer, 'Rita Reviewer');
    await setPassword(stack, admin.key, reviewer.id, PASSWORD);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.destroy();
    web?.remove();
  });

  it('heartbeats the lease while the page is open, warns when it cannot, and when the page is closed the claim returns to the queue', async () => {
    const submitted = await as(admin).post('/api/articles', {
      title: 'Evacuations',
      body: 'The ministry said 3,179 people left the city on Monday. Officials expect 80,000 more to leave by Friday.',
    });
    await stack.waitForArticle(submitted.body.id, ArticleStatus.Extracted);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, 'Rita Reviewer', PASSWORD);
    await page.getByRole('button', { name: /Next claim/ }).click();
    await page.locator('mark.claim-mark').waitFor();
    const [{ claimId, expiresAt }] = (await as(admin).get('/api/queue/leases/active')).body as Array<{
      claimId: string;
      expiresAt: string;
    }>;
    // Two heartbeats, each moving the expiry forward: the lease outlives its first 3 s.
    for (let beat = 0; beat < 2; beat++) {
      await page.waitForResponse((response) => response.url().endsWith('/heartbeat') && response.status() === 200);
    }
    const [extended] = (await as(admin).get('/api/queue/leases/active')).body as Array<{ claimId: string; expiresAt: string }>;
    expect(extended!.claimId).toBe(claimId);
    expect(new Date(extended!.expiresAt).getTime()).toBeGreaterThan(new Date(expiresAt).getTime());

    // Heartbeats that cannot get through (the network gone): the countdown warns, then says the lease ran out.
    await page.route('**/heartbeat', (route) => route.abort());
    await page.locator('.lease-alert', { hasText: 'could not be renewed' }).waitFor();
    await page.getByText('Your lease expired: the claim went back to the queue.').waitFor();
    await page.close();
    const back = await waitFor(
      'the claim back in the queue',
      async () => {
        const claim = (await as(admin).get(`/api/claims/${claimId}`)).body;
        return claim.state === 'ready' && claim.queue.lease === null ? claim : null;
      },
      15_000,
    );
    expect(back.state).toBe('ready');
    await context.close();
  });

  it('refuses a wrong password, then limits the attempts', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.getByLabel('Name').fill('Rita Reviewer');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.locator('.sign-in [role="alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.not.toMatch(/try again in/);
    // Keep trying: the server starts refusing with 429 and a delay, which the form shows.
    await waitFor(
      'the sign-in limit',
      async () => {
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('button', { name: 'Sign in' }).waitFor();
        return /try again in \d+ s/.test((await alert.textContent()) ?? '');
      },
      30_000,
    );
    await expect(page.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(0);
    await context.close();
  });
});

/** How many pixels the page is wider than its window (0: no sideways scrolling). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** A GET whose body is left as sent (fetch and supertest would decode it). */
function rawGet(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const sent = httpGet(new URL(path, baseUrl), { headers: { Accept: 'text/html', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
  });
}

async function addEvidence(
  page: Page,
  evidence: { url: string; title: string; publisher: string; stance: string; excerpt?: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Add evidence' });
  const before = await page.locator('.evidence-list li').count();
  await form.getByLabel('Link (URL)').fill(evidence.url);
  await form.getByLabel('Title').fill(evidence.title);
  await form.getByLabel('Publisher').fill(evidence.publisher);
  await form.getByLabel('Stance').selectOption(evidence.stance);
  if (evidence.excerpt) await form.getByLabel('Excerpt (optional)').fill(evidence.excerpt);
  await form.getByRole('button', { name: 'Add evidence' }).click();
  await waitFor(`evidence "${evidence.title}" listed`, async () => (await page.locator('.evidence-list li').count()) > before);
}
