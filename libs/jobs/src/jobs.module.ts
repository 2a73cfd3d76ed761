import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { EnvironmentVariables } from '@factdesk/config';
import { QueueName, REVIEW_QUEUE } from './queue-names';
import { queueErrorLoggerProvider } from './queue-error-logger';
import { queueSettings } from './queue-settings';
import { redisConnectionOptions } from './redis-connection';

const queues = [
  ...Object.values(QueueName).map((name) =>
    BullModule.registerQueueAsync({
      name,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({ defaultJobOptions: queueSettings(env)[name].jobOptions }),
    }),
  ),
  // Its jobs are claims waiting for a person, removed when leased: nothing to retry or keep.
  BullModule.registerQueue({ name: REVIEW_QUEUE, defaultJobOptions: { removeOnComplete: true, removeOnFail: true } }),
];

/** Registers every queue (as producers) for whichever app imports it. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        connection: redisConnectionOptions(env.REDIS_URL),
        prefix: env.QUEUE_PREFIX,
      }),
    }),
    ...queues,
  ],
  providers: [queueErrorLoggerProvider],
  exports: queues,
})
export class JobsModule {}
