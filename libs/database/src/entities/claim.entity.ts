import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ArticleEntity } from './article.entity';
import type { SourceEntity } from './source.entity';

export enum ClaimState {
  /** Scored below the check-worthiness threshold: kept, never queued. */
  NotCheckworthy = 'not_checkworthy',
  /** Waiting in the review queue. */
  Ready = 'ready',
  /** Held by a reviewer under an unexpired lease. */
  Leased = 'leased',
  /** A verdict was submitted; out of the queue. */
  Reviewed = 'reviewed',
  /** Taken out of the queue by a lead, with a reason. */
  Pulled = 'pulled',
  /** No longer in the article: a newer revision dropped or changed its text. Kept, never queued again. */
  Withdrawn = 'withdrawn',
  /** Its article is in a language outside SUPPORTED_LANGUAGES: kept, never queued, until a lead queues it by hand. */
  UnsupportedLanguage = 'unsupported_language',
}

/** First review, or the second review a verdict needs from someone other than its author. */
export enum ReviewStage {
  First = 'first',
  Second = 'second',
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
// The claims list, newest first (keyset pages on created_at, id).
@Index('idx_claims_created_at_id', ['createdAt', 'id'])
// Within one revision of an article, one claim per span (a withdrawn claim keeps its last revision's span).
@Unique('uq_claims_article_revision_span', ['articleId', 'revision', 'start', 'end'])
// Withdrawn claims whose published verdict lost its claim: the leads' list.
@Index('idx_claims_published_verdict_withdrawn', ['createdAt', 'id'], { where: 'published_verdict_withdrawn' })
@Check('ck_claims_span', '"span_start" >= 0 AND "span_end" > "span_start"')
@Check('ck_claims_checkworthiness', '"checkworthiness" >= 0 AND "checkworthiness" <= 1')
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @ManyToOne('ArticleEntity', (article: ArticleEntity) => article.claims, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** Position of the claim in its article (0-based), for stable ordering. */
  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'text' })
  text!: string;

  /**
   * UTF-16 offsets into the body of revision `revision` of the article: body.slice(start, end) === text.
   * Every revision's offsets are kept in claim_spans.
   */
  @Column({ name: 'span_start', type: 'int' })
  start!: number;

  @Column({ name: 'span_end', type: 'int' })
  end!: number;

  /** The article revision `text`, `start` and `end` belong to: the newest one the claim is in. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

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
  @Column({ type: 'jsonb', default: () => "'[]'" })
  entities!: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** Normalised quantities (value, unit or counted thing, approximate), with spans. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  quantities!: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** The desk that reviews it: set from the article, changeable by a lead. */
  @Column({ type: 'text', default: 'general' })
  desk!: string;

  /** The article's language (declared, else detected): reviewers can filter on it. */
  @Column({ type: 'text', nullable: true })
  language!: string | null;

  /** Priority from check-worthiness and the article's reach (see review-queue/priority.ts). */
  @Column({ name: 'priority_base', type: 'double precision', default: 0 })
  priorityBase!: number;

  /** A lead's boost, added to the priority (negative lowers it). */
  @Column({ name: 'priority_boost', type: 'double precision', default: 0 })
  priorityBoost!: number;

  /** When the claim first entered the queue; waiting time raises its priority. Kept across leases. */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  /** The BullMQ priority last written for it, so reconciliation rewrites only what changed. */
  @Column({ name: 'queue_priority', type: 'int', nullable: true })
  queuePriority!: number | null;

  @Column({ name: 'review_stage', type: 'enum', enum: ReviewStage, enumName: 'review_stage', default: ReviewStage.First })
  reviewStage!: ReviewStage;

  /** Never offered to this reviewer (the author of the verdict under second review). */
  @Column({ name: 'excluded_reviewer_id', type: 'uuid', nullable: true })
  excludedReviewerId!: string | null;

  /** A lead assigned the claim to this reviewer: only they are offered it, before anything else. */
  @Index('idx_claims_reserved_for', { where: 'reserved_for_id IS NOT NULL' })
  @Column({ name: 'reserved_for_id', type: 'uuid', nullable: true })
  reservedForId!: string | null;

  @Column({ name: 'pulled_reason', type: 'text', nullable: true })
  pulledReason!: string | null;

  /** The revision of the article that no longer had the claim (state `withdrawn`). */
  @Column({ name: 'withdrawn_in_revision', type: 'int', nullable: true })
  withdrawnInRevision!: number | null;

  /** Flag for leads: the claim was withdrawn while it had a published verdict (the verdict stays published). */
  @Column({ name: 'published_verdict_withdrawn', type: 'boolean', default: false })
  publishedVerdictWithdrawn!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
