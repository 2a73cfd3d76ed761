import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
import { ExportEntity, ExportStatus } from '@factdesk/database';
import { jobIds, JobName, QueueName, reconcileJobs, ReconciliationReport } from '@factdesk/jobs';
import { ExportRunner } from './export-runner.service';

/**
 * Every export still `queued` or `running` must have a live job (see reconcileJobs): one
 * whose enqueue was lost while Redis was away, or whose job Redis lost, gets it back.
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
  async reconcile(graceMs = 5000): Promise<ReconciliationReport> {
    const report = await reconcileJobs({
      queue: this.queue,
      name: JobName.WriteExport,
      batch: async (after, size) =>
        (
          await this.dataSource.getRepository(ExportEntity).find({
            select: { id: true },
            where: {
              id: MoreThan(after),
              status: In([ExportStatus.Queued, ExportStatus.Running]),
              createdAt: LessThan(new Date(Date.now() - graceMs)),
            },
            order: { id: 'ASC' },
            take: size,
          })
        ).map(({ id }) => ({ id, jobId: jobIds.writeExport(id), payload: { exportId: id } })),
      markFailed: (id, reason) => this.runner.markFailed(id, reason),
    });
    if (report.enqueued || report.markedFailed) this.logger.log(`Export reconciliation: ${JSON.stringify(report)}`);
    return report;
  }
}
