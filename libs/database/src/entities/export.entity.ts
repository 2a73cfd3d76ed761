import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { UserEntity } from './user.entity';

export enum ExportStatus {
  /** Stored; its job is (or will be, by reconciliation) in the exports queue. */
  Queued = 'queued',
  /** A worker is writing the file (a worker that dies mid-way leaves it to be rewritten from scratch). */
  Running = 'running',
  /** The file is ready to download until `expires_at`. */
  Completed = 'completed',
  /** Every attempt failed: `error` says why. */
  Failed = 'failed',
  /** Past its retention: the file was removed, the row is kept. */
  Expired = 'expired',
}

/**
 * A report written to a file by a worker (POST /api/exports), for whoever asked for it.
 * The row outlives its file: an expired export stays, with what it was and who asked.
 */
@Entity({ name: 'exports' })
// Someone's exports, newest first.
@Index('idx_exports_requested_by', ['requestedById', 'createdAt'])
// Reconciliation: exports still waiting for (or in) a worker.
@Index('idx_exports_pending', ['createdAt'], { where: "status IN ('queued', 'running')" })
// The expiry sweep: completed files past their time.
@Index('idx_exports_expiry', ['expiresAt'], { where: "status = 'completed'" })
@Check('ck_exports_rows', '"rows_done" >= 0 AND ("rows_total" IS NULL OR "rows_total" >= 0)')
export class ExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by' })
  requestedBy?: UserEntity;

  /** The report's format (csv, xlsx, ndjson, claimreview). */
  @Column({ type: 'text' })
  format!: string;

  /** The report filters as the request gave them (format included), replayed by the worker. */
  @Column({ type: 'jsonb' })
  filters!: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  @Column({ type: 'enum', enum: ExportStatus, enumName: 'export_status', default: ExportStatus.Queued })
  status!: ExportStatus;

  @Column({ name: 'rows_done', type: 'int', default: 0 })
  rowsDone!: number;

  /** Counted before writing; null until then. */
  @Column({ name: 'rows_total', type: 'int', nullable: true })
  rowsTotal!: number | null;

  /** The file's name inside EXPORTS_DIR, once completed. */
  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ type: 'bigint', nullable: true })
  bytes!: string | null;

  /** Why the last attempt failed: a short classified message. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** Attempts a worker started (a retry or a crash restarts the file from scratch). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  /** When the file is removed (completed_at + EXPORT_RETENTION_MS). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true })
  expiredAt!: Date | null;
}
