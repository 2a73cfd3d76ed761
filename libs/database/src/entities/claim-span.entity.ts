import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { ArticleRevisionEntity } from './article-revision.entity';
import type { ClaimEntity } from './claim.entity';

/**
 * Where a claim sits in one revision of its article: revision.body.slice(start, end) === text.
 * A claim carried over to a new revision gets a new row; the old rows stay, so an older
 * revision is shown with its own offsets.
 */
@Entity({ name: 'claim_spans' })
@Unique('uq_claim_spans_revision_span', ['revisionId', 'start', 'end'])
export class ClaimSpanEntity {
  @PrimaryColumn({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @ManyToOne('ArticleRevisionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revision_id' })
  articleRevision?: ArticleRevisionEntity;

  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  @Index('idx_claim_spans_claim')
  claimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  /** The claim's position in that revision (0-based). */
  @Column({ type: 'int' })
  ordinal!: number;

  /** The claim's text as that revision words it (the same once normalised). */
  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'span_start', type: 'int' })
  start!: number;

  @Column({ name: 'span_end', type: 'int' })
  end!: number;
}
