import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DelayedError, Job, Worker } from 'bullmq';
import { EnvironmentVariables } from '@factdesk/config';
import { JOB_HANDLER, JOB_QUEUE, JobHandler } from './job-handler';
import { JobName, QueueName } from './queue-names';
import { queueSettings } from './queue-settings';
import { redisConnectionOptions } from './redis-connection';

/**
 * Runs one BullMQ worker per queue and dispatches each job to its handler. Every job
 * name must have exactly one handler, checked at start-up. On shutdown, in-flight
 * jobs finish first; a process that dies instead leaves its jobs to stall back.
 */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkersService.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly env: EnvironmentVariables,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.discoverHandlers();
    const settings = queueSettings(this.env);
    for (const queue of Object.values(QueueName)) {
      const queueSettings = settings[queue];
      const worker = new Worker(queue, (job: Job, token?: string) => this.process(handlers, job, token), {
        connection: redisConnectionOptions(this.env.REDIS_URL),
        prefix: this.env.QUEUE_PREFIX,
        concurrency: queueSettings.concurrency,
        lockDuration: queueSettings.lockDuration,
        stalledInterval: queueSettings.stalledInterval,
        maxStalledCount: queueSettings.maxStalledCount,
      });
      worker.on('error', (error) => this.logger.error(`Worker for ${queue}: ${error.message}`));
      worker.on('completed', (job: Job, result: unknown) => {
        const handler = handlers.get(job.name as JobName);
        handler
          ?.afterCompleted?.(job.data, result)
          .catch((error: Error) => this.logger.warn(`After job ${job.id} (${job.name}) completed: ${error.message}`));
      });
      this.workers.push(worker);
    }
    this.logger.log(`Consuming queues: ${Object.values(QueueName).join(', ')}`);
  }

  /** Before the database and queue connections close: in-flight jobs still need them to finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private discoverHandlers(): Map<JobName, JobHandler> {
    const handlers = new Map<JobName, JobHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      const name = wrapper.metatype ? (Reflect.getMetadata(JOB_HANDLER, wrapper.metatype) as JobName | undefined) : undefined;
      if (!name) continue;
      if (handlers.has(name)) throw new Error(`Two handlers for job "${name}"`);
      handlers.set(name, wrapper.instance as JobHandler);
    }
    const missing = Object.values(JobName).filter((name) => !handlers.has(name));
    if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
    return handlers;
  }

  private async process(handlers: Map<JobName, JobHandler>, job: Job, token?: string): Promise<unknown> {
    const name = job.name as JobName;
    const handler = handlers.get(name);
    if (!handler || JOB_QUEUE[name] !== job.queueName) throw new Error(`Unknown job "${job.name}" on queue "${job.queueName}"`);
    try {
      return await handler.handle(job.data, job, token);
    } catch (caught) {
      // The handler moved its job to later itself (job.moveToDelayed): not a failure.
      if (caught instanceof DelayedError) throw caught;
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const attempts = job.opts.attempts ?? 1;
      const final = job.attemptsMade + 1 >= attempts;
      this.logger.warn(`Job ${job.id} (${name}) failed on attempt ${job.attemptsMade + 1}/${attempts}: ${error.message}`);
      if (final && handler.onFinalFailure) await handler.onFinalFailure(job.data, error);
      throw error;
    }
  }
}
