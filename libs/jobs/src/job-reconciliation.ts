import type { Queue } from 'bullmq';
import { JobName, JobPayloads } from './queue-names';

export interface ReconciliationReport {
  checked: number;
  enqueued: number;
  markedFailed: number;
}

/** A row PostgreSQL says still needs its job, with that job's id and payload. */
export interface PendingJob<N extends JobName> {
  id: string;
  jobId: string;
  payload: JobPayloads[N];
}

export interface JobReconciliation<N extends JobName> {
  queue: Queue;
  name: N;
  /** The next pending rows with ids after `after`, in id order, at most `size`. */
  batch: (after: string, size: number) => Promise<Array<PendingJob<N>>>;
  /** A row whose job failed for good: record the failure where users see it. `payload`: the failed job's. */
  markFailed: (id: string, reason: string, payload: JobPayloads[N]) => Promise<void>;
}

const BATCH_SIZE = 500;

/**
 * PostgreSQL is the truth, the queue only the order: every row that still waits for a
 * worker must have a live job. One whose job is gone (a lost enqueue, a flushed Redis), or
 * completed without the row showing it (its outcome was lost), gets it back; one whose job
 * failed for good is marked failed. Idempotent (job ids come from the rows), so any number
 * of workers may run it at once.
 */
export async function reconcileJobs<N extends JobName>(spec: JobReconciliation<N>): Promise<ReconciliationReport> {
  const report: ReconciliationReport = { checked: 0, enqueued: 0, markedFailed: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await spec.batch(after, BATCH_SIZE);
    for (const { id, jobId, payload } of batch) {
      report.checked += 1;
      const job = await spec.queue.getJob(jobId);
      const state = job ? await job.getState() : 'missing';
      if (state === 'missing' || state === 'unknown' || state === 'completed') {
        if (job) await job.remove().catch(() => undefined);
        await spec.queue.add(spec.name, payload, { jobId });
        report.enqueued += 1;
      } else if (state === 'failed') {
        await spec.markFailed(id, job?.failedReason ?? `${spec.name} failed`, payload);
        report.markedFailed += 1;
      }
    }
    if (batch.length < BATCH_SIZE) break;
    after = batch[batch.length - 1]!.id;
  }
  return report;
}
