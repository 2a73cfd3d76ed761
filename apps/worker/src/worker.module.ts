import { DynamicModule, Module } from '@nestjs/common';
import { ArticlesModule } from '@factdesk/articles';
import { AppConfigModule, createLoggerModule, EnvironmentVariables } from '@factdesk/config';
import { DatabaseModule } from '@factdesk/database';
import { ExportsModule } from '@factdesk/exports';
import { JobsModule, JobWorkersModule, RedisModule } from '@factdesk/jobs';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { WebhookDeliveryModule } from '@factdesk/webhooks';
import { DeliverWebhooksHandler } from './handlers/deliver-webhooks.handler';
import { ExtractArticleHandler } from './handlers/extract-article.handler';
import { WriteExportHandler } from './handlers/write-export.handler';
import { ReconciliationScheduler } from './reconciliation.scheduler';

/** The worker process: job handlers and reconciliation, composed from the domain modules. */
@Module({})
export class WorkerModule {
  static forRoot(env: EnvironmentVariables): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(env),
        createLoggerModule(env, 'worker'),
        DatabaseModule,
        RedisModule,
        JobsModule,
        JobWorkersModule,
        ArticlesModule,
        ReviewQueueModule,
        ExportsModule,
        WebhookDeliveryModule,
      ],
      providers: [ExtractArticleHandler, WriteExportHandler, DeliverWebhooksHandler, ReconciliationScheduler],
    };
  }
}
