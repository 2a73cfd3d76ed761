import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ArticleEntity } from './article.entity';
import type { SourceEntity } from './source.entity';

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

  /** Set when the claim is (part of) a direct quote; shared by every sentence of one quote. */
  @Column({ name: 'quote_id', type: 'int', nullable: true })
  quoteId!: number | null;

  /** Who the claim is attributed to, as the engine found it (speaker, role, organisation, outlet, method). */
  @Column({ type: 'jsonb', nullable: true })
  attribution!: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** The normalised source of the speaker or organisation, when one matched. */
  @Index('idx_claims_source')
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @ManyToOne('SourceEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity | null;

  /** The outlet the claim came through ("as quoted by RIA", "according to Reuters"). */
  @Column({ name: 'outlet_source_id', type: 'uuid', nullable: true })
  outletSourceId!: string | null;

  @ManyToOne('SourceEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'outlet_source_id' })
  outletSource?: SourceEntity | null;

  /** People, organisations and places, with spans into the article. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  entities!: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** Normalised quantities (value, unit or counted thing, approximate), with spans. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  quantities!: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
