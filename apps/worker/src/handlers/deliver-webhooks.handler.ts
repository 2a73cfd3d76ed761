import { Injectable } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@factdesk/jobs';
import { DrainResult, WebhookDeliveryService, WebhookRelayService } from '@factdesk/webhooks';

type Payload = JobPayloads[JobName.DeliverWebhooks];

@Injectable()
@HandlesJob(JobName.DeliverWebhooks)
export class DeliverWebhooksHandler implements JobHandler<JobName.DeliverWebhooks> {
  constructor(
    private readonly delivery: WebhookDeliveryService,
    private readonly relay: WebhookRelayService,
  ) {}

  /** Drains the endpoint; when its next delivery waits for a retry, the job itself waits until then (same id, so nothing overtakes it). */
  async handle({ subscriptionId }: Payload, job: Job<Payload>, token?: string): Promise<DrainResult> {
    const result = await this.delivery.drain(subscriptionId);
    if (result.kind === 'waiting' && token) {
      await job.moveToDelayed(Math.max(result.at.getTime(), Date.now() + 1), token);
      throw new DelayedError();
    }
    return result;
  }

  /**
   * A delivery the relay created after the drain's last look, and woke while this job still
   * ran (a wake-up the running job swallowed), is sent now rather than at the next sweep.
   */
  async afterCompleted({ subscriptionId }: Payload, result: DrainResult): Promise<void> {
    if (result.kind === 'drained') await this.relay.sweep(subscriptionId);
  }
}
