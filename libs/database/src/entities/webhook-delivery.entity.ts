import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entity';

export enum WebhookDeliveryStatus {
  Pending = 'pending',
  Delivering = 'delivering',
  Delivered = 'delivered',
  /** Every attempt failed (or the endpoint answered 410): kept for replay. */
  Failed = 'failed',
  /** Given up without sending, e.g. the subscription was deleted. */
  Cancelled = 'cancelled',
}

/**
 * One outbox event for one subscription, however many attempts it takes. `msg_id` is
 * the `webhook-id` header: the same on every retry and replay, so receivers de-duplicate.
 * `outbox_event_id` has no foreign key on purpose: outbox rows are trimmed once every
 * subscription has them, the delivery log stays.
 */
@Entity({ name: 'webhook_deliveries' })
@Unique('uq_webhook_deliveries_subscription_event', ['subscriptionId', 'outboxEventId'])
// GET /api/webhooks/:id/deliveries, newest first (keyset pages on created_at, id).
@Index('idx_webhook_deliveries_subscription_created', ['subscriptionId', 'createdAt', 'id'])
// The delivery side's sweep for deliveries that are due (and not finished).
@Index('idx_webhook_deliveries_due', ['nextAttemptAt'], { where: `status IN ('pending', 'delivering')` })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne('WebhookSubscriptionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscriptionEntity;

  @Column({ name: 'outbox_event_id', type: 'bigint' })
  outboxEventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  /** The `webhook-id` header (`msg_...`), the same across retries. */
  @Column({ name: 'msg_id', type: 'text' })
  msgId!: string;

  @Column({ type: 'enum', enum: WebhookDeliveryStatus, enumName: 'webhook_delivery_status', default: WebhookDeliveryStatus.Pending })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
