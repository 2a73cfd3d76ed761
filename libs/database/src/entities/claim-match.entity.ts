import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ClaimEntity } from './claim.entity';

export enum ClaimMatchStatus {
  /** Similar enough to show a person. */
  Suggested = 'suggested',
  /** The same claim: confirmed automatically above the higher threshold, or by a person. */
  Confirmed = 'confirmed',
  /** Not the same claim, as a person decided. */
  Dismissed = 'dismissed',
}

/** The same claim seen again in another article: the newer claim points at the earlier one. */
@Entity({ name: 'claim_matches' })
@Unique('uq_claim_matches_pair', ['claimId', 'matchedClaimId'])
export class ClaimMatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Index('idx_claim_matches_matched')
  @Column({ name: 'matched_claim_id', type: 'uuid' })
  matchedClaimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'matched_claim_id' })
  matchedClaim?: ClaimEntity;

  @Column({ type: 'double precision' })
  similarity!: number;

  @Column({ type: 'enum', enum: ClaimMatchStatus, enumName: 'claim_match_status' })
  status!: ClaimMatchStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The reviewer who confirmed or dismissed it; null while only the engine has decided. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
