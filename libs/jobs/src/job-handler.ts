import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName, JobPayloads, QueueName } from './queue-names';

/** Which queue carries each job: part of the queue contract, checked by the compiler. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.ExtractArticle]: QueueName.Extraction,
  [JobName.WriteExport]: QueueName.Exports,
  [JobName.DeliverWebhooks]: QueueName.Webhooks,
};

export const JOB_HANDLER = 'factdesk:job-handler';

/** Marks a provider as the one handler of a job name (the worker refuses to boot otherwise). */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export interface JobHandler<N extends JobName = JobName> {
  /** Expected outcomes (skipped, not found) are return values; throw only to retry. */
  handle(payload: JobPayloads[N], job: Job<JobPayloads[N]>, token?: string): Promise<unknown>;
  /** Called once when the last attempt failed, to record the failure where users see it. */
  onFinalFailure?(payload: JobPayloads[N], error: Error): Promise<void>;
  /**
   * Called once the job is completed in Redis (so a job added now with the same id is a new
   * one): for what must not be lost to the job still counting as running. Errors are logged.
   */
  afterCompleted?(payload: JobPayloads[N], result: unknown): Promise<void>;
}
