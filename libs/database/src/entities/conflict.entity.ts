import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ClaimEntity } from './claim.entity';
import type { ArticleEntity } from './article.entity';
import type { ConflictSideEntity } from './conflict-side.entity';

export enum ConflictStatus {
  Proposed = 'proposed',
  Confirmed = 'confirmed',
  Dismissed = 'dismissed',
}

export enum ConflictOrigin {
  /** Proposed by the extraction engine from claims of different sources. */
  Extraction = 'extraction',
  /** Proposed from evidence with opposing stances. */
  Evidence = 'evidence',
  /** Opened by a person. */
  Manual = 'manual',
}

/** Two or more sources contradicting each other, with what each side says. */
@Entity({ name: 'conflicts' })
// Conflicts open now (the reports' summary), never the decided history.
@Index('idx_conflicts_open', ['status'], { where: "status IN ('proposed', 'confirmed')" })
export class ConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_conflicts_article')
  @Column({ name: 'article_id', type: 'uuid', nullable: true })
  articleId!: string | null;

  @ManyToOne('ArticleEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity | null;

  /** The claim it is about, for conflicts opened on one claim (from its evidence, or by hand). */
  @Index('idx_conflicts_claim')
  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId!: string | null;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity | null;

  /** Who opened it by hand; null when proposed automatically. */
  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy!: string | null;

  /** Who confirmed or dismissed it, when and why. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  /** A reason a person can read: who says what against whom. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'enum', enum: ConflictStatus, enumName: 'conflict_status', default: ConflictStatus.Proposed })
  status!: ConflictStatus;

  @Column({ type: 'enum', enum: ConflictOrigin, enumName: 'conflict_origin' })
  origin!: ConflictOrigin;

  /** Evidence a side rested on was deleted since the conflict was proposed (see the sides' own flag). */
  @Column({ name: 'evidence_withdrawn', type: 'boolean', default: false })
  evidenceWithdrawn!: boolean;

  /** What the last re-check after a deletion found, for a person to read. */
  @Column({ name: 'recheck_note', type: 'text', nullable: true })
  recheckNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany('ConflictSideEntity', (side: ConflictSideEntity) => side.conflict)
  sides?: ConflictSideEntity[];
}
