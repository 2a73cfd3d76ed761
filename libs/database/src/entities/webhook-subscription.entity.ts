import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum WebhookSubscriptionStatus {
  Active = 'active',
  /** Paused by an admin: events are still recorded as deliveries, none is sent until resumed. */
  Paused = 'paused',
  /** Disabled by the delivery side (410 Gone, failing too long; see disabled_reason): an admin may resume it. */
  Disabled = 'disabled',
  /** Deleted by an admin (DELETE /api/webhooks/:id, reason in disabled_reason): final; the row and its delivery history stay. */
  Deleted = 'deleted',
}

/**
 * A newsroom's endpoint and the events it wants. The signing secret is stored only
 * encrypted (libs/webhooks secret-box: AES-256-GCM under WEBHOOK_SECRET_KEY); after a
 * rotation the previous secret is kept, encrypted too, until previous_secret_expires_at,
 * and deliveries are signed with both. Rows are never deleted: DELETE in the API
 * disables the subscription and keeps its delivery history.
 */
@Entity({ name: 'webhook_subscriptions' })
@Index('idx_webhook_subscriptions_created_at_id', ['createdAt', 'id'])
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  url!: string;

  /** Event types (`verdict.published`, ...) or `*` for every type. */
  @Column({ type: 'text', array: true })
  events!: string[];

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Events to this endpoint arrive in the order they happened (the next waits while one is retried); false opts out. */
  @Column({ type: 'boolean', default: true })
  ordered!: boolean;

  @Column({
    type: 'enum',
    enum: WebhookSubscriptionStatus,
    enumName: 'webhook_subscription_status',
    default: WebhookSubscriptionStatus.Active,
  })
  status!: WebhookSubscriptionStatus;

  /** Why it is disabled (shown to admins); null unless disabled. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Since when every attempt to this endpoint has failed (null while it succeeds); disabled automatically when it fails too long. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince!: Date | null;

  /** The current signing secret, sealed by secret-box (never the plaintext). */
  @Column({ name: 'secret_encrypted', type: 'text' })
  secretEncrypted!: string;

  /** The secret a rotation replaced, sealed, kept to sign alongside the new one until previous_secret_expires_at. */
  @Column({ name: 'previous_secret_encrypted', type: 'text', nullable: true })
  previousSecretEncrypted!: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  /** The admin who created it. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
