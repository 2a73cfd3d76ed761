import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { BoundedRedis, jobIds, REVIEW_JOB, REVIEW_QUEUE } from '@factdesk/jobs';

export interface QueuedClaim {
  claimId: string;
  /** BullMQ priority (see priority.ts): lower is offered sooner. */
  priority: number;
}

const JOB_ID_PREFIX = jobIds.reviewClaim('');

/**
 * The order half of the review queue: one BullMQ job per claim that waits for a
 * reviewer. It never decides who gets a claim (PostgreSQL does, see
 * ReviewQueueService); it only answers "which claims come first".
 */
@Injectable()
export class ReviewQueueOrder {
  constructor(
    @InjectQueue(REVIEW_QUEUE) private readonly queue: Queue,
    private readonly redis: BoundedRedis,
  ) {}

  /** Adds claims that are not queued yet; a claim already queued keeps its job (job ids are per claim). */
  async put(claims: QueuedClaim[]): Promise<void> {
    for (let i = 0; i < claims.length; i += 1000) {
      await this.queue.addBulk(
        claims.slice(i, i + 1000).map(({ claimId, priority }) => ({
          name: REVIEW_JOB,
          data: { claimId },
          opts: { jobId: jobIds.reviewClaim(claimId), priority },
        })),
      );
    }
  }

  /** Moves a queued claim to a new priority, or queues it if its job is missing. */
  async reprioritise(claim: QueuedClaim): Promise<void> {
    const job = (await Job.fromId(this.queue, jobIds.reviewClaim(claim.claimId))) as Job | undefined;
    if (job) await job.changePriority({ priority: claim.priority });
    else await this.put([claim]);
  }

  async remove(claimIds: string[]): Promise<void> {
    await Promise.all(claimIds.map((claimId) => this.queue.remove(jobIds.reviewClaim(claimId))));
  }

  /** Claim ids in queue order, from `offset` (0 = the most urgent); RedisUnavailableError if Redis does not answer in time. */
  async range(offset: number, count: number): Promise<string[]> {
    return this.claimIds(
      await this.redis.call('the queue order', () => this.queue.getRanges(['prioritized'], offset, offset + count - 1, true)),
    );
  }

  async all(): Promise<string[]> {
    return this.claimIds(await this.queue.getRanges(['prioritized'], 0, -1, true));
  }

  /** Claims in the BullMQ queue; RedisUnavailableError if Redis does not answer in time. */
  async size(): Promise<number> {
    return this.redis.call('the queue size', () => this.queue.getPrioritizedCount());
  }

  private claimIds(jobIdList: string[]): string[] {
    return jobIdList.map((id) => id.slice(JOB_ID_PREFIX.length));
  }

  /** Key of a marker that exists only while Redis still holds what the last rebuild wrote. */
  get syncMarkerKey(): string {
    return this.queue.toKey('synced-from-postgres');
  }
}
