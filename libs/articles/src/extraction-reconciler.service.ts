import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
import { ArticleEntity, ArticleStatus } from '@factdesk/database';
import { jobIds, JobName, QueueName } from '@factdesk/jobs';
import { ArticleExtractionService } from './article-extraction.service';

export interface ReconciliationReport {
  checked: number;
  enqueued: number;
  markedFailed: number;
}

/**
 * PostgreSQL is the truth, the queue only the order. Every article that still waits
 * for extraction must have a live job; one whose job is gone (a lost enqueue, a
 * flushed Redis) gets it back. Idempotent, so any number of workers may run it.
 */
@Injectable()
export class ExtractionReconciler {
  private readonly logger = new Logger(ExtractionReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Extraction) private readonly queue: Queue,
    private readonly extraction: ArticleExtractionService,
  ) {}

  /** `graceMs`: articles younger than this are left to the API's own enqueue. */
  async reconcile(graceMs = 5000): Promise<ReconciliationReport> {
    const report: ReconciliationReport = { checked: 0, enqueued: 0, markedFailed: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.getRepository(ArticleEntity).find({
        select: { id: true, revision: true },
        where: {
          id: MoreThan(after),
          status: In([ArticleStatus.Received, ArticleStatus.Extracting]),
          createdAt: LessThan(new Date(Date.now() - graceMs)),
        },
        order: { id: 'ASC' },
        take: 500,
      });
      for (const { id, revision } of batch) {
        report.checked += 1;
        const jobId = jobIds.extractArticle(id, revision);
        const job = await this.queue.getJob(jobId);
        const state = job ? await job.getState() : 'missing';
        if (state === 'missing' || state === 'unknown' || state === 'completed') {
          // A completed job with the article not extracted means its result was lost: run again.
          if (job) await job.remove().catch(() => undefined);
          await this.queue.add(JobName.ExtractArticle, { articleId: id, revision }, { jobId });
          report.enqueued += 1;
        } else if (state === 'failed') {
          await this.extraction.markFailed(id, job?.failedReason ?? 'extraction failed', revision);
          report.markedFailed += 1;
        }
      }
      if (batch.length < 500) break;
      after = batch[batch.length - 1]!.id;
    }
    if (report.enqueued || report.markedFailed) this.logger.log(`Extraction reconciliation: ${JSON.stringify(report)}`);
    return report;
  }
}
