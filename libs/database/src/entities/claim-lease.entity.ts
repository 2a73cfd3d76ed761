import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ClaimEntity } from './claim.entity';
import { ReviewStage } from './claim.entity';

export enum LeaseEndReason {
  /** The reviewer submitted a verdict. */
  Completed = 'completed',
  /** The reviewer handed the claim back. */
  Released = 'released',
  /** The reviewer went quiet past the expiry. */
  Expired = 'expired',
  /** A lead reassigned or pulled the claim. */
  Revoked = 'revoked',
}

export enum ReleaseReason {
  Skip = 'skip',
  ConflictOfInterest = 'conflict_of_interest',
  NeedsExpertise = 'needs_expertise',
}

/**
 * A reviewer's time-limited hold on one claim. The partial unique index is the
 * guarantee that no claim is ever leased to two reviewers at once, whatever the
 * application does. Rows are kept after they end: they are the queue's history.
 */
@Entity({ name: 'claim_leases' })
@Index('uq_claim_leases_active_claim', ['claimId'], { unique: true, where: 'ended_at IS NULL' })
@Index('idx_claim_leases_active_reviewer', ['reviewerId'], { where: 'ended_at IS NULL' })
@Index('idx_claim_leases_active_expiry', ['expiresAt'], { where: 'ended_at IS NULL' })
@Index('idx_claim_leases_ended_at', ['endedAt'])
// A claim's newest lease, ended or not (a reviewer's action checks it): without this, the lookup reads the whole history.
@Index('idx_claim_leases_claim_acquired', ['claimId', 'acquiredAt'])
export class ClaimLeaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @Column({ type: 'enum', enum: ReviewStage, enumName: 'review_stage' })
  stage!: ReviewStage;

  @Column({ name: 'acquired_at', type: 'timestamptz' })
  acquiredAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'enum', enum: LeaseEndReason, enumName: 'lease_end_reason', nullable: true })
  endReason!: LeaseEndReason | null;

  @Column({ name: 'release_reason', type: 'enum', enum: ReleaseReason, enumName: 'lease_release_reason', nullable: true })
  releaseReason!: ReleaseReason | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
