// Web app benchmark: how long the first screen takes to become usable in headless chromium, with a cold cache.
// Run: npm run bench:web   (needs PostgreSQL, Redis and /usr/bin/chromium as for the browser tests; creates and
// drops its own database)
//
// The API runs as deployed (its own process, bench/deployment.ts) and serves the built app from dist/web (built
// first when missing; `npm run build:web` refreshes it). Each of BENCH_ROUNDS (default 15) rounds, after one
// warm-up round that is not counted, opens a fresh browser context (no cache, no cookies) for each of:
//   baseline   a tiny static page with the sign-in form's controls and no script, from a bare Node HTTP server on
//              loopback: the browser's own floor for navigating to a page and showing a form;
//   /          the app's first screen: until the sign-in form's name field is visible and enabled and its submit
//              button enabled; and the navigation's domInteractive (Navigation Timing);
//   /workspace a reviewer's session cookie (signed in once through the form), until "Next claim" is enabled.
// Times are the page's own clock (performance.now(), whose zero is the navigation's start), taken by a script
// injected before the page's own that checks on every DOM change and every animation frame.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Cookie } from 'playwright-core';
import { UsersService } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { launchBrowser, newContext, signIn } from '../../test/support/browser';
import { API_HEAP_LIMIT, deploy } from '../deployment';
import { fmt, median, percentile } from '../support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ROOT = resolve(__dirname, '../..');
/** The API's default WEB_DIR, relative to the working directory it inherits from this process. */
const WEB_DIR = join(ROOT, 'dist/web');
const AIM_MS = 1000;
const REVIEWER = 'Bench Reviewer';
const PASSWORD = 'a bench password, long enough';

type Target = 'sign-in' | 'workspace';

/** The baseline: the sign-in form's controls as static HTML, nothing to fetch or run. */
const BASELINE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body>
<form><label for="name">Name</label><input id="name" required><label for="password">Password</label>
<input id="password" type="password" required><button type="submit">Sign in</button></form></body></html>`;

/**
 * Runs in the page before its own scripts: records in window.__benchReadyAt the page's clock when the target's
 * controls are first visible (a box of some size, not visibility:hidden) and enabled. A string, as the page's code
 * is not this process's (no DOM types here).
 */
function readinessScript(target: Target): string {
  return `(() => {
    const usable = (el) => {
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.matches(':disabled');
    };
    const ready = ${JSON.stringify(target)} === 'sign-in'
      ? () => {
          const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent.trim() === 'Name');
          const field = label && label.control;
          return usable(field) && !!field.form && usable(field.form.querySelector('button[type="submit"]'));
        }
      : () => usable(Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim().startsWith('Next claim')));
    const check = () => {
      if (window.__benchReadyAt === undefined && document.body && ready()) window.__benchReadyAt = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    const frame = () => {
      check();
      if (window.__benchReadyAt === undefined) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`;
}

interface Load {
  readyMs: number;
  domInteractiveMs: number;
}

/** One navigation in a fresh browser context (cold cache), with `cookies` if given. */
async function load(browser: Browser, url: string, target: Target, cookies: Cookie[] = []): Promise<Load> {
  const context = await newContext(browser);
  try {
    if (cookies.length > 0) await context.addCookies(cookies);
    await context.addInitScript(readinessScript(target));
    const page = await context.newPage();
    await page.goto(url);
    // A function, not a string: the app's Content-Security-Policy refuses the eval a string predicate needs.
    await page.waitForFunction(() => (globalThis as Record<string, unknown>).__benchReadyAt !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate<Load>(
      `({ readyMs: window.__benchReadyAt, domInteractiveMs: performance.getEntriesByType('navigation')[0].domInteractive })`,
    );
  } finally {
    await context.close();
  }
}

function serveBaseline(): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(BASELINE_HTML);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })),
  );
}

/** The page and the assets it names, as the API serves them, with their gzipped sizes (level 9, as the build prints). */
async function assetSizes(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } })).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  if (assets.length === 0) throw new Error('the page names no /assets/ script or stylesheet');
  const sizes: string[] = [];
  for (const path of ['/', ...assets]) {
    // What chromium asks for; fetch decodes the body, and Content-Length says what crossed the wire.
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { accept: path === '/' ? 'text/html' : '*/*', 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const encoding = response.headers.get('content-encoding');
    const sent = Number(response.headers.get('content-length'));
    sizes.push(
      `${path === '/' ? 'index.html' : path} ${fmt(bytes.length / 1024, 1)} KB, gzipped ${fmt(gzipSync(bytes, { level: 9 }).length / 1024, 1)} KB` +
        (encoding ? ` (served ${encoding}: ${sent ? `${fmt(sent / 1024, 1)} KB` : 'chunked'})` : ' (served uncompressed)'),
    );
  }
  return sizes.join('; ');
}

function summary(values: number[]): { median: number; text: string } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = median(values);
  return {
    median: middle,
    text: `median ${fmt(middle)} ms, p90 ${fmt(percentile(sorted, 90))} ms, max ${fmt(sorted.at(-1)!)} ms`,
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) {
    console.log('dist/web is missing: building the web app (npm run build:web)');
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
  const loadAtStart = loadavg()[0]!;
  // LOG_LEVEL=error: every signed-out load's GET /api/session answers 401, which the API logs as a warning.
  const deployment = await deploy(undefined, { LOG_LEVEL: 'error' });
  let browser: Browser | undefined;
  let baseline: Server | undefined;
  try {
    const users = deployment.app.get(UsersService);
    const { user } = await users.createUser({ name: REVIEWER, role: Role.Reviewer }, null);
    await users.setPassword(user.id, PASSWORD, null);
    await deployment.app.close(); // from here on, only the API process touches the database

    const { baseUrl } = deployment.api;
    const baselinePage = await serveBaseline();
    baseline = baselinePage.server;
    browser = await launchBrowser();
    // Signed in once, through the form; each workspace round starts from this session's cookies alone.
    const signInContext = await newContext(browser);
    await signIn(await signInContext.newPage(), baseUrl, REVIEWER, PASSWORD);
    const cookies = await signInContext.cookies();
    await signInContext.close();

    const runs: Record<'baseline' | 'app' | 'workspace', Load[]> = { baseline: [], app: [], workspace: [] };
    for (let round = -1; round < ROUNDS; round += 1) {
      const baselineLoad = await load(browser, baselinePage.url, 'sign-in');
      const appLoad = await load(browser, `${baseUrl}/`, 'sign-in');
      const workspaceLoad = await load(browser, `${baseUrl}/workspace`, 'workspace', cookies);
      if (round < 0) continue; // the warm-up round: the API's and the browser's first requests
      runs.baseline.push(baselineLoad);
      runs.app.push(appLoad);
      runs.workspace.push(workspaceLoad);
    }

    const ready = (name: keyof typeof runs) => summary(runs[name].map((run) => run.readyMs));
    const interactive = (name: keyof typeof runs) => summary(runs[name].map((run) => run.domInteractiveMs));
    const floor = ready('baseline');
    const ratio = (value: number, base: number) => `${fmt(value / base, 1)}x the baseline's median`;
    console.log(
      `web: ${ROUNDS} interleaved rounds after 1 warm-up, each load in a fresh browser context (cold cache); headless chromium; ` +
        `API in its own process (${process.env.BENCH_API === 'dist' ? 'the build' : 'the sources'}, ${API_HEAP_LIMIT}), LOG_LEVEL=error; ` +
        `load average ${fmt(loadAtStart, 2)} at the start, ${fmt(loadavg()[0]!, 2)} at the end`,
    );
    console.log(`  baseline: static form, bare Node server, navigation → form visible and enabled: ${floor.text}`);
    const app = ready('app');
    console.log(
      `  app /: navigation → sign-in name field visible and enabled, submit enabled: ${app.text} | ${ratio(app.median, floor.median)} ` +
        `(aim: first screen interactive under ${fmt(AIM_MS)} ms)`,
    );
    const baselineInteractive = interactive('baseline');
    const appInteractive = interactive('app');
    console.log(
      `  app /: domInteractive (Navigation Timing): ${appInteractive.text} | ${ratio(appInteractive.median, baselineInteractive.median)} ` +
        `(baseline's: median ${fmt(baselineInteractive.median)} ms)`,
    );
    const workspace = ready('workspace');
    console.log(
      `  app /workspace, reviewer signed in: navigation → "Next claim" enabled: ${workspace.text} | ${ratio(workspace.median, floor.median)}`,
    );
    console.log(`  served: ${await assetSizes(baseUrl)}`);
  } finally {
    await browser?.close();
    baseline?.close();
    await deployment.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
