import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
import { ExportEntity, ExportStatus } from '@factdesk/database';
import { jobIds, JobName, QueueName } from '@factdesk/jobs';
import { ExportRunner } from './export-runner.service';

export interface ExportReconciliationReport {
  checked: number;
  enqueued: number;
  markedFailed: number;
}

/**
 * PostgreSQL is the truth, the queue only the order: every export still `queued` or
 * `running` must have a live job (an enqueue lost while Redis was away, a flushed Redis);
 * one whose job is gone gets it back. Idempotent, so any number of workers may run it.
 */
@Injectable()
export class ExportReconciler {
  private readonly logger = new Logger(ExportReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Exports) private readonly queue: Queue,
    private readonly runner: ExportRunner,
  ) {}

  /** `graceMs`: exports younger than this are left to the API's own enqueue. */
  async reconcile(graceMs = 5000): Promise<ExportReconciliationReport> {
    const report: ExportReconciliationReport = { checked: 0, enqueued: 0, markedFailed: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.getRepository(ExportEntity).find({
        select: { id: true },
        where: {
          id: MoreThan(after),
          status: In([ExportStatus.Queued, ExportStatus.Running]),
          createdAt: LessThan(new Date(Date.now() - graceMs)),
        },
        order: { id: 'ASC' },
        take: 500,
      });
      for (const { id } of batch) {
        report.checked += 1;
        const jobId = jobIds.writeExport(id);
        const job = await this.queue.getJob(jobId);
        const state = job ? await job.getState() : 'missing';
        if (state === 'missing' || state === 'unknown' || state === 'completed') {
          // A completed job with the export still pending means its outcome was lost: write it again.
          if (job) await job.remove().catch(() => undefined);
          await this.queue.add(JobName.WriteExport, { exportId: id }, { jobId });
          report.enqueued += 1;
        } else if (state === 'failed') {
          await this.runner.markFailed(id, job?.failedReason ?? 'export failed');
          report.markedFailed += 1;
        }
      }
      if (batch.length < 500) break;
      after = batch[batch.length - 1]!.id;
    }
    if (report.enqueued || report.markedFailed) this.logger.log(`Export reconciliation: ${JSON.stringify(report)}`);
    return report;
  }
}
