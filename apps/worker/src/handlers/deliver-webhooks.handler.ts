import { Injectable } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@factdesk/jobs';
import { DrainResult, WebhookDeliveryService } from '@factdesk/webhooks';

type Payload = JobPayloads[JobName.DeliverWebhooks];

@Injectable()
@HandlesJob(JobName.DeliverWebhooks)
export class DeliverWebhooksHandler implements JobHandler<JobName.DeliverWebhooks> {
  constructor(private readonly delivery: WebhookDeliveryService) {}

  /** Drains the endpoint; when its next delivery waits for a retry, the job itself waits until then (same id, so nothing overtakes it). */
  async handle({ subscriptionId }: Payload, job: Job<Payload>, token?: string): Promise<DrainResult> {
    const result = await this.delivery.drain(subscriptionId);
    if (result.kind === 'waiting' && token) {
      await job.moveToDelayed(Math.max(result.at.getTime(), Date.now() + 1), token);
      throw new DelayedError();
    }
    return result;
  }
}
