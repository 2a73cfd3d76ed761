import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { presentedApiKey, UsersService } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import type { Redis } from 'ioredis';
import { BoundedRedis, QueueName, REDIS, REVIEW_QUEUE } from '@factdesk/jobs';
import { RETRY_AFTER_SECONDS } from '../http/http-error.filter';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for every queue, admins only. A browser cannot send a Bearer header
 * from the address bar, so the dashboard also takes the API key as the password of
 * HTTP Basic authentication (any user name).
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  const queues = [...Object.values(QueueName), REVIEW_QUEUE].map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name))));
  createBullBoard({ queues, serverAdapter, options: { uiConfig: { boardTitle: 'Factdesk queues' } } });
  app.use(QUEUE_DASHBOARD_PATH, adminsOnly(app.get(UsersService)), redisAnswers(app), serverAdapter.getRouter());
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

function adminsOnly(users: UsersService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const refuse = (status: number, message: string) => {
      if (status === 401) response.setHeader('WWW-Authenticate', 'Basic realm="Factdesk admin", charset="UTF-8"');
      response.status(status).json({ statusCode: status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message });
    };
    const key = presentedApiKey(request.headers.authorization, { allowBasic: true });
    if (!key) return refuse(401, 'The queue dashboard needs an admin API key (as a Bearer token, or as the Basic password)');
    users.authenticate(key).then(
      (user) => {
        if (!user) return refuse(401, 'Invalid or revoked API key');
        if (user.role !== Role.Admin) return refuse(403, `The queue dashboard is for admins; you are "${user.role}"`);
        next();
      },
      (error: unknown) => next(error),
    );
  };
}
