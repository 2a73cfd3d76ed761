import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { BoundedRedis, jobIds, JobName, QueueName } from '@factdesk/jobs';

/**
 * Wakes endpoints: one `deliver-webhooks` job per subscription, its id derived from the
 * subscription, so waking an endpoint that already has a job waiting, delayed or running
 * changes nothing (one endpoint is never drained twice at once). PostgreSQL holds the
 * deliveries; this is only the order to look at them, and the relay's sweep wakes any
 * endpoint with due deliveries and no job (a lost wake-up costs at most one interval).
 */
@Injectable()
export class DeliveryQueue {
  constructor(
    @InjectQueue(QueueName.Webhooks) private readonly queue: Queue,
    private readonly bounded: BoundedRedis,
  ) {}

  /** For the worker: throws when Redis fails, so the caller (the relay) tries again on its next run. */
  async wake(subscriptionIds: Iterable<string>): Promise<void> {
    const unique = [...new Set(subscriptionIds)];
    if (unique.length === 0) return;
    await this.queue.addBulk(
      unique.map((subscriptionId) => ({
        name: JobName.DeliverWebhooks,
        data: { subscriptionId },
        opts: { jobId: jobIds.deliverWebhooks(subscriptionId) },
      })),
    );
  }

  /**
   * For the worker: an endpoint whose job waits for a retry, but whose new deliveries need
   * not wait for it (`ordered: false`), is looked at now.
   */
  async bringForward(subscriptionIds: Iterable<string>): Promise<void> {
    for (const subscriptionId of new Set(subscriptionIds)) {
      const job = await this.queue.getJob(jobIds.deliverWebhooks(subscriptionId));
      if (job && (await job.isDelayed())) await job.promote();
    }
  }

  /**
   * For requests (replay, test, resume): within REDIS_COMMAND_TIMEOUT_MS, and brings a
   * job that waits for a retry forward, since what was just queued is due now. Returns
   * false when Redis did not answer: the deliveries are in PostgreSQL, the sweep sends them.
   */
  async wakeNow(subscriptionId: string): Promise<boolean> {
    try {
      await this.bounded.call('waking a webhook endpoint', async () => {
        const id = jobIds.deliverWebhooks(subscriptionId);
        const existing = await this.queue.getJob(id);
        if (existing && (await existing.isDelayed())) await existing.promote();
        else if (!existing) await this.queue.add(JobName.DeliverWebhooks, { subscriptionId }, { jobId: id });
      });
      return true;
    } catch {
      return false;
    }
  }
}
