import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import request from 'supertest';
import type { TestStack } from './harness';
import { REPO_ROOT } from './processes';

/** Debian's chromium (`.ci/run` installs it with apt when missing). */
export const CHROMIUM_PATH = process.env.FACTDESK_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots the browser tests take (git-ignored; one of each is copied to docs/ by hand). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test/artifacts');

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium (.ci/run does it)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Builds the web app the way `npm run build` does, into a directory of this test run's own. */
export function buildWebApp(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-web-'));
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-web.mjs'), '--out', dir], { cwd: REPO_ROOT, stdio: 'pipe' });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Makes the stack's API listen on a loopback port and returns its base URL. */
export async function listen(stack: TestStack): Promise<string> {
  await stack.api!.listen(0, '127.0.0.1');
  const { port } = stack.api!.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** An admin's API key sets a person's password, as an admin does in the app. */
export async function setPassword(stack: TestStack, adminKey: string, userId: string, password: string): Promise<void> {
  const response = await request(stack.http)
    .put(`/api/users/${userId}/password`)
    .set('Authorization', `Bearer ${adminKey}`)
    .send({ password });
  if (response.status >= 300) throw new Error(`setting a password answered ${response.status}: ${JSON.stringify(response.body)}`);
}

/** A fresh browser profile (its own cookies) at a window size of a laptop screen. */
export async function newContext(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return browser.newContext({ viewport, acceptDownloads: true });
}

/** Signs in through the sign-in form and waits for the first page after it. */
export async function signIn(page: Page, baseUrl: string, name: string, password: string, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: false });
}

/** Collects what the page reports as errors (CSP violations, uncaught exceptions) so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of (401|403|409|429)/.test(message.text())
    )
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Form controls and buttons on the page that have no accessible name (a label, aria-label(ledby) or a button's text). */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('input, select, textarea, button')]
    .filter((control) => control.type !== 'hidden')
    .filter((control) => !((control.labels && control.labels.length > 0) || control.getAttribute('aria-label')
      || control.getAttribute('aria-labelledby') || (control.tagName === 'BUTTON' && control.textContent.trim())))
    .map((control) => control.outerHTML.slice(0, 160))`);
}
