import type { EnvironmentVariables } from '@factdesk/config';
import type { DefaultJobOptions } from 'bullmq';
import { QueueName } from './queue-names';

export interface QueueSettings {
  concurrency: number;
  /** How long a worker owns an active job before it counts as stalled. */
  lockDuration: number;
  stalledInterval: number;
  /** A job stalled more often than this fails instead of running forever. */
  maxStalledCount: number;
  jobOptions: DefaultJobOptions;
}

/**
 * Every queue's settings in one typed table: a queue added to QueueName without an
 * entry here does not compile.
 */
export function queueSettings(env: EnvironmentVariables): Record<QueueName, QueueSettings> {
  return {
    [QueueName.Extraction]: {
      concurrency: env.WORKER_CONCURRENCY,
      lockDuration: env.JOB_LOCK_DURATION_MS,
      stalledInterval: env.JOB_STALLED_INTERVAL_MS,
      maxStalledCount: 3,
      jobOptions: {
        attempts: env.EXTRACTION_ATTEMPTS,
        backoff: { type: 'exponential', delay: env.EXTRACTION_BACKOFF_MS },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    },
    [QueueName.Exports]: {
      concurrency: env.EXPORT_CONCURRENCY,
      // A worker that dies mid-file is noticed as for extraction; the export is then rewritten from scratch.
      lockDuration: env.JOB_LOCK_DURATION_MS,
      stalledInterval: env.JOB_STALLED_INTERVAL_MS,
      maxStalledCount: 2,
      jobOptions: {
        attempts: env.EXPORT_ATTEMPTS,
        backoff: { type: 'exponential', delay: env.EXPORT_BACKOFF_MS },
        // The export's row keeps the outcome; the job is only the order.
        removeOnComplete: { age: 24 * 3600, count: 1000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    },
    [QueueName.Webhooks]: {
      // A job holds its slot while it waits for a receiver (up to WEBHOOK_TIMEOUT_MS): many endpoints, many slots.
      concurrency: env.WEBHOOK_CONCURRENCY,
      lockDuration: env.JOB_LOCK_DURATION_MS,
      stalledInterval: env.JOB_STALLED_INTERVAL_MS,
      // A drain that stalled too often fails and is removed; the relay's sweep queues the endpoint again.
      maxStalledCount: 3,
      jobOptions: {
        // Retries are the deliveries' own (their schedule lives in PostgreSQL); a failed drain is
        // re-queued by the relay's sweep. Nothing to keep: PostgreSQL holds the delivery log.
        attempts: 1,
        removeOnComplete: true,
        removeOnFail: true,
      },
    },
  };
}
