import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { ArticlesModule } from '@factdesk/articles';
import { ApiKeyGuard, AuthModule } from '@factdesk/auth';
import { AppConfigModule, createLoggerModule, EnvironmentVariables } from '@factdesk/config';
import { DatabaseModule } from '@factdesk/database';
import { JobsModule, RedisModule } from '@factdesk/jobs';
import { ClaimsModule } from '@factdesk/claims';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { VerdictsModule } from '@factdesk/verdicts';
import { EvidenceModule } from '@factdesk/evidence';
import { ConflictsModule } from '@factdesk/conflicts';
import { ReportsModule, ReportSummaryModule } from '@factdesk/reports';
import { ExportsModule } from '@factdesk/exports';
import { WebhookDeliveryModule, WebhooksModule } from '@factdesk/webhooks';
import { ArticlesController } from './articles/articles.controller';
import { HealthController } from './health/health.controller';
import { RedisHealthIndicator } from './health/redis.health';
import { HttpErrorFilter } from './http/http-error.filter';
import { RATE_LIMIT_WINDOW_MS, ThrottlerByKeyGuard } from './http/throttler-by-key.guard';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { UsersController } from './users/users.controller';
import { ReviewersController } from './users/reviewers.controller';
import { SessionsController } from './sessions/sessions.controller';
import { QueueController } from './queue/queue.controller';
import { ClaimsController } from './claims/claims.controller';
import { VerdictsController } from './verdicts/verdicts.controller';
import { EvidenceController } from './evidence/evidence.controller';
import { ConflictsController } from './conflicts/conflicts.controller';
import { ReportsController } from './reports/reports.controller';
import { ReportSummaryController } from './reports/report-summary.controller';
import { ExportsController } from './exports/exports.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhookDeliveriesController } from './webhooks/webhook-deliveries.controller';

/** The HTTP API: composes the domain modules and translates HTTP, nothing more. */
@Module({})
export class ApiModule {
  static forRoot(env: EnvironmentVariables): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(env),
        createLoggerModule(env, 'api'),
        ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: RATE_LIMIT_WINDOW_MS, limit: env.RATE_LIMIT_PER_MINUTE }] }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        DatabaseModule,
        RedisModule,
        JobsModule,
        AuthModule,
        ArticlesModule,
        ReviewQueueModule,
        ClaimsModule,
        EvidenceModule,
        ConflictsModule,
        VerdictsModule,
        ReportsModule,
        ReportSummaryModule,
        ExportsModule,
        WebhooksModule,
        WebhookDeliveryModule,
      ],
      controllers: [
        HealthController,
        SessionsController,
        UsersController,
        ReviewersController,
        ApiKeysController,
        ArticlesController,
        QueueController,
        ClaimsController,
        EvidenceController,
        ConflictsController,
        VerdictsController,
        ReportsController,
        ReportSummaryController,
        ExportsController,
        WebhooksController,
        WebhookDeliveriesController,
      ],
      providers: [
        RedisHealthIndicator,
        // Guards run in this order: key and role (a key that fails counts against the
        // address's budget of failures, checked before any lookup), then the rate limit
        // of the verified key (or of the address, on public routes).
        { provide: APP_GUARD, useExisting: ApiKeyGuard },
        { provide: APP_GUARD, useClass: ThrottlerByKeyGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
