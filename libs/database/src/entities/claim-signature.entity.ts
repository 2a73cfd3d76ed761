import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { ClaimEntity } from './claim.entity';

/**
 * What ranking a claim as a match candidate needs, as the engine's matching module
 * computes it (SIGNATURE_VERSION): its shingles, its figures, whether it is negated and its
 * article's story fingerprint, in one bytea (`packed`). Its LSH band keys are rows of
 * `claim_band_keys`, pointing back by `seq`.
 */
@Entity({ name: 'claim_signatures' })
export class ClaimSignatureEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @OneToOne('ClaimEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  /**
   * Signing order, newest highest: what band keys point at, and the order candidates are taken in.
   * Unique by its identity; a hash index, as a lookup only ever asks for one seq: a probe is its
   * bucket page, where a btree at a million claims descends three levels. Built with fillfactor 50
   * (migration ClaimMatchStorage; TypeORM has no option for it), so no bucket chains overflow pages.
   */
  @Index('idx_claim_signatures_seq', { type: 'hash' })
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  /** The claim's article (a claim never moves): candidates from the same article are left out without a join. */
  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Column({ type: 'smallint' })
  version!: number;

  /** The engine's rankedClaimToBytes: shingles, figures, polarity and story in one value, fetched and read at offsets. */
  @Column({ type: 'bytea' })
  packed!: Buffer;

  /**
   * The figures the engine compares (figuresConflict), as ranges on one axis of measure and value
   * (libs/articles figure-ranges.ts): a lookup leaves out in SQL the candidates whose figures conflict
   * with the asking claim's. Null when the claim has none: it is never left out for its figures.
   */
  @Column({ name: 'figure_ranges', type: 'int8range', array: true, nullable: true })
  figureRanges!: string | null;
}

/**
 * The LSH index: one row per band of each signed claim. The primary key is the
 * index itself: a lookup is one backward range scan per band key, newest first,
 * stopped at the per-band cap (see ClaimMatchStore). Index-only while the visibility map is
 * current: the table is vacuumed every 100,000 inserted rows (migration ClaimMatchStorage).
 */
@Entity({ name: 'claim_band_keys' })
export class ClaimBandKeyEntity {
  /** band × 2³² + the band's hash (the engine's signatureBandKeys). */
  @PrimaryColumn({ name: 'band_key', type: 'bigint', primaryKeyConstraintName: 'pk_claim_band_keys' })
  bandKey!: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_claim_band_keys' })
  seq!: string;
}
