import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '@factdesk/jobs';
import { QueuedClaim, ReviewQueueOrder } from './review-queue-order.service';
import { QueueRow, ReviewQueueService } from './review-queue.service';

export interface ReviewQueueReconciliation {
  ready: number;
  added: number;
  removed: number;
  reprioritised: number;
}

/** Ageing moves priorities a little all the time; BullMQ is rewritten once the drift is worth it. */
const PRIORITY_DRIFT_STEPS = 250;
const PAGE = 5000;

/**
 * Makes BullMQ's review queue hold exactly the claims PostgreSQL says are `ready`,
 * at their current priority. Leased claims are never added, so a rebuild cannot hand
 * a held claim to someone else. Idempotent; any number of workers may run it.
 */
@Injectable()
export class ReviewQueueReconciler {
  private readonly logger = new Logger(ReviewQueueReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly order: ReviewQueueOrder,
    private readonly queue: ReviewQueueService,
  ) {}

  /** Cheap check, run often: has Redis lost what the last rebuild wrote (a restart, a FLUSHALL)? */
  async redisLostQueue(): Promise<boolean> {
    return (await this.redis.exists(this.order.syncMarkerKey)) === 0;
  }

  async reconcile(): Promise<ReviewQueueReconciliation> {
    const report: ReviewQueueReconciliation = { ready: 0, added: 0, removed: 0, reprioritised: 0 };
    const inRedis = new Set(await this.order.all());
    const now = new Date();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT id, priority_base, priority_boost, queued_at, queue_priority FROM claims
         WHERE state = 'ready' AND id > $1 ORDER BY id LIMIT ${PAGE}`,
        [after],
      )) as Array<QueueRow & { id: string; queue_priority: number | null }>;
      const missing: QueuedClaim[] = [];
      const drifted: QueuedClaim[] = [];
      for (const row of rows) {
        const priority = this.queue.queuePriorityOf(row, now);
        if (!inRedis.delete(row.id)) missing.push({ claimId: row.id, priority });
        else if (row.queue_priority === null || Math.abs(row.queue_priority - priority) >= PRIORITY_DRIFT_STEPS) {
          drifted.push({ claimId: row.id, priority });
        }
      }
      if (missing.length + drifted.length > 0) await this.queue.recordQueuePriorities([...missing, ...drifted]);
      await this.order.put(missing);
      for (const claim of drifted) await this.order.reprioritise(claim);
      report.ready += rows.length;
      report.added += missing.length;
      report.reprioritised += drifted.length;
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
    // What is left in Redis is not ready in PostgreSQL (leased, reviewed, pulled): drop it,
    // unless it became ready while we were reading (then the next run keeps it).
    const leftovers = [...inRedis];
    if (leftovers.length > 0) {
      const stillNotReady = await this.queue.notReady(leftovers);
      await this.order.remove(stillNotReady);
      report.removed = stillNotReady.length;
    }
    await this.redis.set(this.order.syncMarkerKey, now.toISOString());
    if (report.added || report.removed) this.logger.log(`Review queue reconciliation: ${JSON.stringify(report)}`);
    return report;
  }
}
