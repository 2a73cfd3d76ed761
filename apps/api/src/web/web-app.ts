import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { EnvironmentVariables } from '@factdesk/config';

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

/** Paths the API itself answers; everything else that a browser GETs is a page of the web app. */
const SERVER_PATHS = /^\/(api|docs|admin\/queues|health)(\/|$)/;

/**
 * Serves the built web app (`WEB_DIR`, written by `npm run build`) at `/`: hashed assets cached for a year,
 * index.html never cached and answered for any page path, so a reload on /dashboard works. Without a build
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
  app.use('/assets', withPolicy);
  app.useStaticAssets(join(directory, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', index: false });
  // An asset of another build (a tab open across a deploy) is a plain 404, never the page.
  app.use('/assets', (_request: Request, response: Response) => {
    response.status(404).json({ statusCode: 404, error: 'Not Found', message: 'No such asset: reload the page' });
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || SERVER_PATHS.test(request.path) || !request.accepts('html'))
      return next();
    response.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index, { dotfiles: 'deny', lastModified: false }, (error) => {
      if (error) next(error);
    });
  });
}
