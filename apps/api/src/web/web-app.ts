import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { EnvironmentVariables } from '@factdesk/config';
import { preferredEncoding } from './accept-encoding';

/**
 * The web app's policy: its own script and stylesheet only (no inline script or style), API calls to this origin,
 * never framed. Stricter than helmet's default, which allows inline styles for Swagger UI at /docs.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The codings `npm run build:web` writes beside each file (FILE.br, FILE.gz), in the server's order of preference. */
const PRECOMPRESSED = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/** For each file of a directory, the codings it was precompressed in (read once, at start-up). */
function precompressedFiles(directory: string): Map<string, string[]> {
  const names = new Set(readdirSync(directory));
  const codings = new Map<string, string[]>();
  for (const name of names) {
    const available = PRECOMPRESSED.filter(({ suffix }) => names.has(name + suffix)).map(({ coding }) => coding);
    if (available.length) codings.set(name, available);
  }
  return codings;
}

/**
 * Sends `file` precompressed when the request accepts one of its codings (`Content-Encoding`, the original's
 * `Content-Type`); answers whether it did. Either way the answer varies with `Accept-Encoding`, for caches.
 */
function sendPrecompressed(
  request: Request,
  response: Response,
  next: NextFunction,
  file: string,
  available: readonly string[],
  options: { immutable?: boolean; maxAge?: string },
): boolean {
  response.vary('Accept-Encoding');
  const coding = preferredEncoding(request.headers['accept-encoding'], available);
  if (!coding) return false;
  const { suffix } = PRECOMPRESSED.find((candidate) => candidate.coding === coding)!;
  response.setHeader('Content-Encoding', coding);
  response.type(extname(file));
  response.sendFile(file + suffix, { dotfiles: 'deny', lastModified: false, ...options }, (error) => {
    if (error) next(error);
  });
  return true;
}

/** Paths the API itself answers; everything else that a browser GETs is a page of the web app. */
const SERVER_PATHS = /^\/(api|docs|admin\/queues|health)(\/|$)/;

/**
 * Serves the built web app (`WEB_DIR`, written by `npm run build`) at `/`: hashed assets cached for a year,
 * index.html never cached and answered for any page path, so a reload on /dashboard works; each precompressed
 * (brotli or gzip, as the browser accepts) when the build wrote FILE.br or FILE.gz. Without a build
 * nothing is mounted and `/` is a 404 like any unknown route.
 */
export function mountWebApp(app: NestExpressApplication, env: EnvironmentVariables): void {
  const directory = resolve(env.WEB_DIR);
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return;

  const withPolicy = (_request: Request, response: Response, next: NextFunction): void => {
    response.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    next();
  };
  const assets = join(directory, 'assets');
  const assetCodings = precompressedFiles(assets);
  const indexCodings = precompressedFiles(directory).get('index.html') ?? [];
  const assetCaching = { immutable: true, maxAge: '365d' };
  app.use('/assets', withPolicy);
  // Compressed once at build time rather than per response: no CPU per request, the highest levels, and API
  // answers (JSON, report streams, the session's CSRF token) are never compressed (no BREACH, no buffered streams).
  app.use('/assets', (request: Request, response: Response, next: NextFunction) => {
    const name = request.path.slice(1);
    const available = (request.method === 'GET' || request.method === 'HEAD') && assetCodings.get(name);
    if (!available || !sendPrecompressed(request, response, next, join(assets, name), available, assetCaching)) next();
  });
  app.useStaticAssets(assets, { prefix: '/assets', index: false, ...assetCaching });
  // An asset of another build (a tab open across a deploy) is a plain 404, never the page.
  app.use('/assets', (_request: Request, response: Response) => {
    response.status(404).json({ statusCode: 404, error: 'Not Found', message: 'No such asset: reload the page' });
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || SERVER_PATHS.test(request.path) || !request.accepts('html'))
      return next();
    response.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    response.setHeader('Cache-Control', 'no-cache');
    if (sendPrecompressed(request, response, next, index, indexCodings, {})) return;
    response.sendFile(index, { dotfiles: 'deny', lastModified: false }, (error) => {
      if (error) next(error);
    });
  });
}
