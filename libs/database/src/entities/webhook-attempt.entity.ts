import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** The longest response excerpt kept per attempt (characters). */
export const WEBHOOK_RESPONSE_EXCERPT_MAX = 1024;

/** One HTTP attempt of a delivery, as shown in the delivery log. */
@Entity({ name: 'webhook_attempts' })
@Index('idx_webhook_attempts_delivery', ['deliveryId', 'attemptedAt'])
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId!: string;

  @ManyToOne('WebhookDeliveryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDeliveryEntity;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;

  /** The response status; null when no response came (refused address, timeout, connection error). */
  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'latency_ms', type: 'int', nullable: true })
  latencyMs!: number | null;

  /** The start of the response body, at most WEBHOOK_RESPONSE_EXCERPT_MAX characters (the database checks it). */
  @Column({ name: 'response_excerpt', type: 'varchar', length: WEBHOOK_RESPONSE_EXCERPT_MAX, nullable: true })
  responseExcerpt!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
