import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import {
  AuthenticatedUser,
  clearSessionCookie,
  clientAddress,
  isSameOrigin,
  RequestAuthenticator,
  sessionCredentials,
} from '@factdesk/auth';
import { EnvironmentVariables } from '@factdesk/config';
import { Role } from '@factdesk/database';
import type { Redis } from 'ioredis';
import { BoundedRedis, QueueName, REDIS, REVIEW_QUEUE } from '@factdesk/jobs';
import { RETRY_AFTER_SECONDS } from '../http/http-error.filter';
import { RATE_LIMIT_WINDOW_MS, rateLimitBucket } from '../http/throttler-by-key.guard';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for every queue, admins only. A browser cannot send a Bearer header
 * from the address bar, so the dashboard also takes the API key as the password of
 * HTTP Basic authentication (any user name), or an admin's session cookie from the web
 * app. A session's state-changing requests need the CSRF token like the API's, or the
 * browser's word that they come from this origin (Bull Board's page cannot send the
 * token): `Sec-Fetch-Site: same-origin`, else an `Origin` of this host. Its
 * login is limited like the API's: failed attempts count against the address's budget,
 * and an admin's requests against the key's (or user's) rate limit.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  const queues = [...Object.values(QueueName), REVIEW_QUEUE].map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name))));
  createBullBoard({ queues, serverAdapter, options: { uiConfig: { boardTitle: 'Factdesk queues' } } });
  app.use(QUEUE_DASHBOARD_PATH, adminsOnly(app), redisAnswers(app), serverAdapter.getRouter());
}

/**
 * The dashboard is Redis and nothing else: while Redis does not answer, 503 at once
 * (with Retry-After) instead of a page whose every call waits on it.
 */
function redisAnswers(app: NestExpressApplication) {
  const redis = app.get<Redis>(REDIS);
  const bounded = app.get(BoundedRedis);
  return (_request: Request, response: Response, next: NextFunction): void => {
    bounded
      .call('a ping', () => redis.ping())
      .then(
        () => next(),
        (error: Error) => {
          response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
          response
            .status(503)
            .json({ statusCode: 503, error: 'Service Unavailable', message: `The queue dashboard needs Redis: ${error.message}` });
        },
      );
  };
}

function adminsOnly(app: NestExpressApplication) {
  const authenticator = app.get(RequestAuthenticator);
  const storage = app.get<ThrottlerStorage>(ThrottlerStorage);
  const env = app.get(EnvironmentVariables);
  const limit = env.RATE_LIMIT_PER_MINUTE;

  return (request: Request & { user?: AuthenticatedUser }, response: Response, next: NextFunction): void => {
    const refuse = (status: 401 | 403 | 429, message: string, retryAfterSeconds?: number) => {
      if (status === 401) response.setHeader('WWW-Authenticate', 'Basic realm="Factdesk admin", charset="UTF-8"');
      if (retryAfterSeconds) response.setHeader('Retry-After', String(retryAfterSeconds));
      const error = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' }[status];
      response.status(status).json({ statusCode: status, error, message });
    };
    const check = async () => {
      const outcome = await authenticator.authenticate({
        authorization: request.headers.authorization,
        ...sessionCredentials(request),
        method: request.method,
        address: clientAddress(request),
        allowBasic: true,
        // Bull Board's own page posts its actions without our CSRF header; the browser's word that the post comes
        // from this origin (Sec-Fetch-Site, else Origin) stands in for it. A request that says neither needs the token.
        sameOrigin: isSameOrigin(request.headers),
      });
      if (outcome.kind === 'missing')
        return refuse(401, 'The queue dashboard needs an admin API key (as a Bearer token, or as the Basic password)');
      if (outcome.kind === 'invalid') return refuse(401, 'Invalid or revoked API key');
      if (outcome.kind === 'session_ended' || outcome.kind === 'session_expired') {
        clearSessionCookie(response, env);
        return refuse(401, outcome.kind === 'session_expired' ? 'Session expired' : 'Not signed in: the session has ended; sign in again');
      }
      if (outcome.kind === 'csrf_refused') return refuse(403, 'Missing or wrong CSRF token');
      if (outcome.kind === 'throttled') {
        return refuse(
          429,
          `Too many failed authentications from your address; try again in ${outcome.retryAfterSeconds} s`,
          outcome.retryAfterSeconds,
        );
      }
      if (outcome.user.role !== Role.Admin) return refuse(403, `The queue dashboard is for admins; you are "${outcome.user.role}"`);
      request.user = outcome.user;
      const { isBlocked, timeToBlockExpire } = await storage.increment(
        rateLimitBucket(request),
        RATE_LIMIT_WINDOW_MS,
        limit,
        RATE_LIMIT_WINDOW_MS,
        'default',
      );
      if (isBlocked) {
        return refuse(
          429,
          `Rate limit of ${limit} requests per minute per API key reached; try again in ${timeToBlockExpire} s`,
          timeToBlockExpire,
        );
      }
      next();
    };
    check().catch((error: unknown) => next(error));
  };
}
