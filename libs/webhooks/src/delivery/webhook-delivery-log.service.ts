import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import {
  newestFirstPage,
  Page,
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryStatus,
  WebhookSubscriptionEntity,
  WebhookSubscriptionStatus,
} from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { PING_EVENT_TYPE } from '../event-types';
import { pingPayload } from '../payloads';
import { newWebhookMessageId } from '../signing';
import { DeliveryQueue } from './delivery-queue';

export interface DeliveryWithAttempts {
  delivery: WebhookDeliveryEntity;
  attempts: WebhookAttemptEntity[];
}

export interface DeliveryFilter {
  limit: number;
  cursor?: string;
  status?: WebhookDeliveryStatus;
  eventType?: string;
}

/** Final states a delivery can be sent again from. */
const REPLAYABLE = [WebhookDeliveryStatus.Delivered, WebhookDeliveryStatus.Failed, WebhookDeliveryStatus.Cancelled];

/**
 * The admins' side of delivery: the log (every delivery with every attempt), replays
 * (the same `webhook-id` and body, sent again through the same path) and test pings.
 * Replays and pings are rows in PostgreSQL first; the endpoint's job is then woken
 * within REDIS_COMMAND_TIMEOUT_MS, and if Redis does not answer the worker's sweep
 * sends them anyway.
 */
@Injectable()
export class WebhookDeliveryLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveryQueue: DeliveryQueue,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, keyset pages; each delivery with its attempts, oldest attempt first. */
  async list(subscriptionId: string, filter: DeliveryFilter): Promise<Page<DeliveryWithAttempts>> {
    await this.subscription(subscriptionId);
    const builder = this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.subscription_id = :subscriptionId', { subscriptionId });
    if (filter.status) builder.andWhere('d.status = :status', { status: filter.status });
    if (filter.eventType) builder.andWhere('d.event_type = :eventType', { eventType: filter.eventType });
    const page = await newestFirstPage(builder, 'd', filter);
    const attempts = await this.attemptsOf(page.items.map((delivery) => delivery.id));
    return { items: page.items.map((delivery) => ({ delivery, attempts: attempts.get(delivery.id) ?? [] })), nextCursor: page.nextCursor };
  }

  /** Sends one delivery again: the same `webhook-id` and body, a new run of attempts (the log keeps the earlier ones). */
  async replay(subscriptionId: string, deliveryId: string, actorId: string): Promise<DeliveryWithAttempts> {
    await this.replayable(subscriptionId);
    const requeued = await this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(WebhookDeliveryEntity, {
        where: { id: deliveryId, subscriptionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!delivery) throw DomainError.notFound('webhook delivery', deliveryId);
      if (!REPLAYABLE.includes(delivery.status)) return false;
      await this.requeue(manager, [deliveryId]);
      await this.audit.record(manager, {
        actorId,
        action: 'webhook.delivery_replayed',
        entityType: 'webhook_subscription',
        entityId: subscriptionId,
        details: { deliveryId, webhookId: delivery.msgId },
      });
      return true;
    });
    if (requeued) await this.deliveryQueue.wakeNow(subscriptionId);
    return this.one(subscriptionId, deliveryId);
  }

  /** Sends again every delivery that failed since `since` (in event order); the number queued. */
  async replayFailedSince(subscriptionId: string, since: Date, actorId: string): Promise<number> {
    await this.replayable(subscriptionId);
    const count = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id FROM webhook_deliveries WHERE subscription_id = $1 AND status = 'failed' AND created_at >= $2 FOR UPDATE`,
        [subscriptionId, since],
      )) as Array<{ id: string }>;
      if (rows.length === 0) return 0;
      await this.requeue(
        manager,
        rows.map((row) => row.id),
      );
      await this.audit.record(manager, {
        actorId,
        action: 'webhook.failed_replayed',
        entityType: 'webhook_subscription',
        entityId: subscriptionId,
        details: { since: since.toISOString(), deliveries: rows.length },
      });
      return rows.length;
    });
    if (count > 0) await this.deliveryQueue.wakeNow(subscriptionId);
    return count;
  }

  /** Queues a `ping` event to the endpoint, delivered and logged like any other. */
  async test(subscriptionId: string, actorId: string): Promise<DeliveryWithAttempts> {
    await this.replayable(subscriptionId);
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO webhook_deliveries (subscription_id, outbox_event_id, event_type, msg_id, payload, next_attempt_at)
         VALUES ($1, NULL, $2, $3, $4::jsonb, now()) RETURNING id`,
        [subscriptionId, PING_EVENT_TYPE, newWebhookMessageId(), JSON.stringify(pingPayload(subscriptionId))],
      )) as Array<{ id: string }>;
      await this.audit.record(manager, {
        actorId,
        action: 'webhook.tested',
        entityType: 'webhook_subscription',
        entityId: subscriptionId,
        details: { deliveryId: row!.id },
      });
      return row!.id;
    });
    await this.deliveryQueue.wakeNow(subscriptionId);
    return this.one(subscriptionId, id);
  }

  private async requeue(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(
      `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), finished_at = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  private async one(subscriptionId: string, deliveryId: string): Promise<DeliveryWithAttempts> {
    const delivery = await this.dataSource.getRepository(WebhookDeliveryEntity).findOneBy({ id: deliveryId, subscriptionId });
    if (!delivery) throw DomainError.notFound('webhook delivery', deliveryId);
    return { delivery, attempts: (await this.attemptsOf([deliveryId])).get(deliveryId) ?? [] };
  }

  private async attemptsOf(deliveryIds: string[]): Promise<Map<string, WebhookAttemptEntity[]>> {
    const byDelivery = new Map<string, WebhookAttemptEntity[]>();
    if (deliveryIds.length === 0) return byDelivery;
    const attempts = await this.dataSource
      .getRepository(WebhookAttemptEntity)
      .find({ where: { deliveryId: In(deliveryIds) }, order: { attemptedAt: 'ASC', id: 'ASC' } });
    for (const attempt of attempts) {
      const list = byDelivery.get(attempt.deliveryId) ?? [];
      list.push(attempt);
      byDelivery.set(attempt.deliveryId, list);
    }
    return byDelivery;
  }

  private async subscription(id: string): Promise<WebhookSubscriptionEntity> {
    const subscription = await this.dataSource.getRepository(WebhookSubscriptionEntity).findOneBy({ id });
    if (!subscription) throw DomainError.notFound('webhook', id);
    return subscription;
  }

  /** A disabled or deleted endpoint sends nothing: resume a disabled one first (a replay would only wait). A paused one keeps it for resume. */
  private async replayable(id: string): Promise<WebhookSubscriptionEntity> {
    const subscription = await this.subscription(id);
    if (subscription.status === WebhookSubscriptionStatus.Disabled || subscription.status === WebhookSubscriptionStatus.Deleted) {
      throw new DomainError(
        'conflict',
        `webhook.${subscription.status}`,
        `The webhook is ${subscription.status} (${subscription.disabledReason ?? 'no reason recorded'})${
          subscription.status === WebhookSubscriptionStatus.Disabled ? '; resume it before replaying or testing' : ''
        }`,
      );
    }
    return subscription;
  }
}
