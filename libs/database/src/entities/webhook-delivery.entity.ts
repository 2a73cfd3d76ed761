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
// One endpoint's unfinished deliveries in event order: what its delivery job sends next.
@Index('idx_webhook_deliveries_endpoint_queue', ['subscriptionId', 'seq'], { where: `status IN ('pending', 'delivering')` })
// Outbox trimming asks whether every delivery of an event is final.
@Index('idx_webhook_deliveries_outbox_event', ['outboxEventId'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne('WebhookSubscriptionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscriptionEntity;

  /** The outbox event delivered; null for a test ping. Kept after the outbox row is trimmed. */
  @Column({ name: 'outbox_event_id', type: 'bigint', nullable: true })
  outboxEventId!: string | null;

  /**
   * Order of creation: the relay inserts deliveries in outbox order, so an endpoint's
   * deliveries go out by seq (uuids have no order). A replay keeps its place.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  /** The exact JSON body sent on every attempt and replay, built when the event was relayed (so it outlives the outbox row). */
  @Column({ type: 'jsonb' })
  payload!: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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

  /** When it became final (delivered, failed or cancelled); null while pending. Outbox trimming counts from it. */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
