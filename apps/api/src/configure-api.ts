import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { EnvironmentVariables } from '@factdesk/config';
import { mountQueueDashboard } from './admin/queue-dashboard';
import { createValidationPipe } from './http/validation.pipe';
import { mountWebApp } from './web/web-app';

/** Limit on a request body: an article of up to 1 MB, as the API promises. */
export const BODY_LIMIT = '1mb';

/** Everything main() does to the app before listening, shared with the end-to-end tests. */
export function configureApi(app: NestExpressApplication, env: EnvironmentVariables): void {
  app.useLogger(app.get(Logger));
  app.use(helmet());
  if (env.CORS_ORIGIN) app.enableCors({ origin: env.CORS_ORIGIN.split(',') });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Before the queue dashboard and the guards: both read the session cookie from request.cookies.
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  mountQueueDashboard(app);
  mountWebApp(app, env);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Factdesk API')
      .setDescription(
        'Articles in, checkable claims out, queued for human fact-checkers. Send "Authorization: Bearer <key>", or sign in (POST /api/session) and send the session cookie with its X-CSRF-Token header.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('factdesk_session')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
}
