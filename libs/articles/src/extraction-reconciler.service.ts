import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
import { ArticleEntity, ArticleStatus } from '@factdesk/database';
import { jobIds, JobName, QueueName, reconcileJobs, ReconciliationReport } from '@factdesk/jobs';
import { ArticleExtractionService } from './article-extraction.service';

/**
 * Every article that still waits for extraction must have a live job (see reconcileJobs);
 * one whose job is gone (a lost enqueue, a flushed Redis) gets it back.
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
    const report = await reconcileJobs({
      queue: this.queue,
      name: JobName.ExtractArticle,
      batch: async (after, size) =>
        (
          await this.dataSource.getRepository(ArticleEntity).find({
            select: { id: true, revision: true },
            where: {
              id: MoreThan(after),
              status: In([ArticleStatus.Received, ArticleStatus.Extracting]),
              createdAt: LessThan(new Date(Date.now() - graceMs)),
            },
            order: { id: 'ASC' },
            take: size,
          })
        ).map(({ id, revision }) => ({ id, jobId: jobIds.extractArticle(id, revision), payload: { articleId: id, revision } })),
      markFailed: (id, reason, { revision }) => this.extraction.markFailed(id, reason, revision),
    });
    if (report.enqueued || report.markedFailed) this.logger.log(`Extraction reconciliation: ${JSON.stringify(report)}`);
    return report;
  }
}
