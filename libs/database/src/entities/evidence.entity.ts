import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ClaimEntity } from './claim.entity';
import type { SourceEntity } from './source.entity';

export enum EvidenceStance {
  Supports = 'supports',
  Refutes = 'refutes',
  Mixed = 'mixed',
  Context = 'context',
}

/**
 * One version of a link a checker found for or against a claim. Rows are never edited
 * in place: an edit inserts the next version (same `rootId`) and marks this one
 * superseded, so a verdict keeps pointing at the very version it cited. Deleting is
 * soft (who, when and why, on every version of the link) so verdicts that cite it stay
 * explainable; the unique index counts only current, live rows, so a deleted link may
 * be added again.
 */
@Entity({ name: 'evidence' })
@Index('uq_evidence_claim_url', ['claimId', 'url'], { unique: true, where: 'deleted_at IS NULL AND superseded_at IS NULL' })
@Unique('uq_evidence_root_version', ['rootId', 'version'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_evidence_claim')
  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  /** The first version's id: the link itself, whatever its versions (equal to `id` on version 1). */
  @Column({ name: 'root_id', type: 'uuid' })
  rootId!: string;

  @ManyToOne('EvidenceEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'root_id' })
  root?: EvidenceEntity;

  /** From 1; each edit is the next version. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** When an edit replaced this version (null on the current one), and by which version. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null;

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
