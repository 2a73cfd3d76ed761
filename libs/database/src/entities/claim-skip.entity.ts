import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ClaimEntity } from './claim.entity';

/** A reviewer skipped this claim: it is not offered to them again until `until`. */
@Entity({ name: 'claim_skips' })
export class ClaimSkipEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @Column({ type: 'timestamptz' })
  until!: Date;
}
