import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { UserEntity } from './user.entity';

/** Why a session ended before it expired. */
export enum SessionEndReason {
  SignedOut = 'signed_out',
  PasswordChanged = 'password_changed',
  UserDisabled = 'user_disabled',
}

/**
 * A browser's sign-in. The cookie carries an opaque random token; only its SHA-256 is
 * stored (like an API key's secret). A session lives until it is idle for
 * SESSION_IDLE_TIMEOUT_MS (`last_seen_at`, kept fresh to within a minute), reaches
 * `expires_at` (SESSION_MAX_AGE_MS after sign-in), or is ended (`ended_at`): signed
 * out, the password changed, or the user disabled. A row is deleted at a sign-in a day
 * after `expires_at` (SessionsService); the audit log keeps the history.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sessions_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Index('idx_sessions_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Indexed for the purge at sign-in, which deletes by it and would otherwise read the whole table. */
  @Index('idx_sessions_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'enum', enum: SessionEndReason, enumName: 'session_end_reason', nullable: true })
  endReason!: SessionEndReason | null;
}
