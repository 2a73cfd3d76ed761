import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { EnvironmentVariables } from '@factdesk/config';
import { QueueName, REVIEW_QUEUE } from './queue-names';
import { queueErrorLoggerProvider } from './queue-error-logger';
import { queueSettings } from './queue-settings';
import { BoundedRedis } from './bounded-redis';
import { commandConnectionOptions } from './redis-connection';

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

/**
 * Registers every queue (as producers, whose commands fail fast while Redis is away)
 * for whichever app imports it, and BoundedRedis, the bound on Redis for request paths.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        connection: commandConnectionOptions(env),
        prefix: env.QUEUE_PREFIX,
      }),
    }),
    ...queues,
  ],
  providers: [queueErrorLoggerProvider, BoundedRedis],
  exports: [...queues, BoundedRedis],
})
export class JobsModule {}
