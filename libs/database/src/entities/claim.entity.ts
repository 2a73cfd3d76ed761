import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ArticleEntity } from './article.entity';

export enum ClaimState {
  /** Scored below the check-worthiness threshold: kept, never queued. */
  NotCheckworthy = 'not_checkworthy',
  /** Waiting in the review queue. */
  Ready = 'ready',
}

export enum ClaimType {
  Statistic = 'statistic',
  Quote = 'quote',
  Causal = 'causal',
  Prediction = 'prediction',
  Event = 'event',
  Other = 'other',
}

@Entity({ name: 'claims' })
@Unique('uq_claims_article_span', ['articleId', 'start', 'end'])
@Check('ck_claims_span', '"span_start" >= 0 AND "span_end" > "span_start"')
@Check('ck_claims_checkworthiness', '"checkworthiness" >= 0 AND "checkworthiness" <= 1')
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @ManyToOne('ArticleEntity', (article: ArticleEntity) => article.claims, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** Position of the claim in its article (0-based), for stable ordering. */
  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'text' })
  text!: string;

  /** UTF-16 offsets into the article body: body.slice(start, end) === text. */
  @Column({ name: 'span_start', type: 'int' })
  start!: number;

  @Column({ name: 'span_end', type: 'int' })
  end!: number;

  @Column({ name: 'sentence_index', type: 'int' })
  sentenceIndex!: number;

  @Column({ type: 'double precision' })
  checkworthiness!: number;

  @Column({ name: 'check_worthy', type: 'boolean' })
  checkWorthy!: boolean;

  @Column({ type: 'enum', enum: ClaimType, enumName: 'claim_type', default: ClaimType.Other })
  type!: ClaimType;

  @Index('idx_claims_state')
  @Column({ type: 'enum', enum: ClaimState, enumName: 'claim_state' })
  state!: ClaimState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
