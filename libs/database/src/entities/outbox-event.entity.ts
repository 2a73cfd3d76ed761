import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutboxEventType {
  ArticleExtracted = 'article.extracted',
  /** A new revision of an article was extracted: which claims carried over, which are new, which were withdrawn. */
  ArticleRevised = 'article.revised',
  ClaimReady = 'claim.ready',
  ConflictProposed = 'conflict.proposed',
  /** New sides (evidence) added to a proposed conflict. */
  ConflictSidesAdded = 'conflict.sides_added',
  /** Evidence a side rested on was deleted; the conflict was re-checked. */
  ConflictRechecked = 'conflict.rechecked',
  VerdictPublished = 'verdict.published',
  VerdictCorrected = 'verdict.corrected',
  /** An export's file is ready: its id, format, rows and where to download it. */
  ExportCompleted = 'export.completed',
}

/**
 * The PostgreSQL channel a trigger on outbox_events notifies at the commit of every
 * transaction that inserted rows (migration OutboxNotify), so the webhook relay runs at
 * once instead of at its next interval.
 */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_events';

/**
 * Events for newsrooms, written in the same transaction as the change they announce
 * (the transactional outbox): a process that dies after the commit loses none. A
 * delivery worker (webhooks) reads them in id order and marks them delivered.
 */
@Entity({ name: 'outbox_events' })
@Index('idx_outbox_events_undelivered', ['id'], { where: 'delivered_at IS NULL' })
// The webhook relay reads rows not yet turned into deliveries, in id order.
@Index('idx_outbox_events_unrelayed', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  type!: OutboxEventType;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** When the webhook relay created this event's deliveries (one per matching subscription); null until then. */
  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}
