import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: a database trigger (see the migration) refuses UPDATE and DELETE,
 * so not even a bug in the application can rewrite history.
 */
@Entity({ name: 'audit_log' })
@Index('idx_audit_log_entity', ['entityType', 'entityId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** The user who acted; null when the system acted (a worker, a reconciliation). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  // `any` because TypeORM's insert types cannot map `unknown` values; callers pass Record<string, unknown>.
  details!: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
