import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClaimEntity } from './claim.entity';
import type { SourceEntity } from './source.entity';

export enum EvidenceStance {
  Supports = 'supports',
  Refutes = 'refutes',
  Mixed = 'mixed',
  Context = 'context',
}

/**
 * A link a checker found for or against a claim. Deleting keeps the row (with who,
 * when and why) so verdicts that cite it stay explainable; the unique index counts
 * only live rows, so a deleted link may be added again.
 */
@Entity({ name: 'evidence' })
@Index('uq_evidence_claim_url', ['claimId', 'url'], { unique: true, where: 'deleted_at IS NULL' })
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_evidence_claim')
  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  /** Normalised (lower-case host, no fragment or tracking parameters). */
  @Column({ type: 'text' })
  url!: string;

  @Column({ name: 'archived_url', type: 'text', nullable: true })
  archivedUrl!: string | null;

  @Column({ type: 'text' })
  title!: string;

  /** The publisher as given. */
  @Column({ type: 'text' })
  publisher!: string;

  /** The normalised source the publisher matched, if any. */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @ManyToOne('SourceEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity | null;

  @Column({ type: 'enum', enum: EvidenceStance, enumName: 'evidence_stance' })
  stance!: EvidenceStance;

  @Column({ type: 'text', default: '' })
  excerpt!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @Column({ name: 'deleted_reason', type: 'text', nullable: true })
  deletedReason!: string | null;
}
