import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { ClaimEntity } from './claim.entity';

/**
 * The claim's MinHash signature and its LSH band keys. Finding earlier claims that may
 * match is an indexed array-overlap lookup on `band_keys` (GIN), never a scan of all claims.
 */
@Entity({ name: 'claim_signatures' })
export class ClaimSignatureEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @OneToOne('ClaimEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  /** The serialised signature, as the engine's matching module writes it. */
  @Column({ type: 'jsonb' })
  signature!: unknown;

  @Index('idx_claim_signatures_band_keys', { synchronize: false })
  @Column({ name: 'band_keys', type: 'text', array: true })
  bandKeys!: string[];
}
