import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EvidenceEntity } from './evidence.entity';
import type { ClaimEntity } from './claim.entity';
import type { ConflictEntity } from './conflict.entity';
import type { SourceEntity } from './source.entity';

/** One side of a conflict: a source and the claim or evidence it rests on. */
@Entity({ name: 'conflict_sides' })
export class ConflictSideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_conflict_sides_conflict')
  @Column({ name: 'conflict_id', type: 'uuid' })
  conflictId!: string;

  @ManyToOne('ConflictEntity', (conflict: ConflictEntity) => conflict.sides, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conflict_id' })
  conflict?: ConflictEntity;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @ManyToOne('SourceEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity | null;

  /** The source's name as it appeared, kept even when it matched no normalised source. */
  @Column({ name: 'source_name', type: 'text' })
  sourceName!: string;

  @Index('idx_conflict_sides_claim')
  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId!: string | null;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity | null;

  @Index('idx_conflict_sides_evidence')
  @Column({ name: 'evidence_id', type: 'uuid', nullable: true })
  evidenceId!: string | null;

  @ManyToOne('EvidenceEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity | null;

  /** The evidence this side rested on was deleted: the side no longer stands. */
  @Column({ name: 'evidence_withdrawn', type: 'boolean', default: false })
  evidenceWithdrawn!: boolean;

  /** What this side holds, in a few words. */
  @Column({ type: 'text' })
  position!: string;
}
