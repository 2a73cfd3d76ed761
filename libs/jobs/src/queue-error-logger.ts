import { getQueueToken } from '@nestjs/bullmq';
import { Logger, Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName, REVIEW_QUEUE } from './queue-names';

/** At most one warning per queue in this long while Redis keeps failing: an outage is news once, not 20 times a second. */
export const QUEUE_ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * Gives every queue an error listener. Without one, BullMQ writes each Redis
 * connection error to the console with its stack; with one, an outage becomes one
 * structured warning per queue and interval. Requests that need Redis handle their
 * own failures within a bound (BoundedRedis), and /health reports Redis down.
 */
export class QueueErrorLogger {
  private readonly logger = new Logger('Queues');
  private readonly lastLogged = new Map<string, number>();

  constructor(queues: Queue[]) {
    // Attached as each queue is built, before its first connection attempt can fail.
    for (const queue of queues) queue.on('error', (error: Error) => this.report(queue.name, error));
  }

  private report(name: string, error: Error): void {
    const now = Date.now();
    if (now - (this.lastLogged.get(name) ?? 0) < QUEUE_ERROR_LOG_INTERVAL_MS) return;
    this.lastLogged.set(name, now);
    this.logger.warn(`Queue "${name}": ${error.message} (repeats are logged at most every ${QUEUE_ERROR_LOG_INTERVAL_MS / 1000} s)`);
  }
}

const QUEUE_NAMES = [...Object.values(QueueName), REVIEW_QUEUE];

export const queueErrorLoggerProvider: Provider = {
  provide: QueueErrorLogger,
  inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]) => new QueueErrorLogger(queues),
};
