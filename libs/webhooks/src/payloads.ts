import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArticleSummaryView, ClaimView } from '@factdesk/articles';
import { ConflictView } from '@factdesk/conflicts';
import { ArticleEntity, ClaimEntity, ConflictEntity, EvidenceEntity, VerdictEntity } from '@factdesk/database';
import { EvidenceView } from '@factdesk/evidence';
import { VerdictView } from '@factdesk/verdicts';
import { PING_EVENT_TYPE } from './event-types';

/**
 * The JSON body of every webhook: `{version, type, timestamp, data}`. `version` is the
 * payload format (1): fields may be added within a version, never renamed or removed.
 * `timestamp` is when the event happened (the outbox row's commit), the same on every
 * retry; `data` is the resource as the API shows it, read when the delivery is built.
 */
export const WEBHOOK_PAYLOAD_VERSION = 1;

export class WebhookArticleRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) url!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publisher!: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt!: Date | null;

  static of(article: ArticleEntity): WebhookArticleRef {
    return { id: article.id, title: article.title, url: article.url, publisher: article.publisher, publishedAt: article.publishedAt };
  }
}

export class WebhookClaimRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'UTF-16 offset of the claim in revision `revision` of its article' }) start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ description: 'The article revision start and end refer to' }) revision!: number;
  @ApiPropertyOptional({
    type: Object,
    nullable: true,
    description: 'speaker, role, organisation, outlet, source, ... as on GET /api/claims/:id',
  })
  attribution!: Record<string, unknown> | null;

  static of(claim: ClaimEntity): WebhookClaimRef {
    return { id: claim.id, text: claim.text, start: claim.start, end: claim.end, revision: claim.revision, attribution: claim.attribution };
  }
}

/** `verdict.published` and `verdict.corrected`: the verdict version (as GET /api/verdicts/:id) with its claim, article, evidence and ClaimReview. */
export class VerdictEventData extends VerdictView {
  @ApiProperty({ type: WebhookClaimRef }) claim!: WebhookClaimRef;
  @ApiProperty({ type: WebhookArticleRef }) article!: WebhookArticleRef;
  @ApiProperty({ type: [EvidenceView], description: 'The evidence versions it cites (url, stance, ...), exactly as cited' })
  evidence!: EvidenceView[];
  @ApiProperty({ type: Object, description: 'schema.org ClaimReview (JSON-LD), reviewRating.ratingValue 1 to 5' })
  claimReview!: Record<string, unknown>;
}

/** `conflict.proposed`: the conflict (as GET /api/conflicts/:id) with every side and its source, and the claim and article it is about. */
export class ConflictEventData extends ConflictView {
  @ApiPropertyOptional({ type: WebhookClaimRef, nullable: true }) claim!: WebhookClaimRef | null;
  @ApiPropertyOptional({ type: WebhookArticleRef, nullable: true }) article!: WebhookArticleRef | null;
}

export class ArticleExtractionCounts {
  @ApiProperty({ description: 'Claims found' }) claims!: number;
  @ApiProperty({ description: 'Of which check-worthy' }) checkWorthy!: number;
  @ApiProperty({ description: 'Conflicts proposed' }) conflicts!: number;
}

/** `article.extracted`: the article (as in GET /api/articles) and what extraction found. */
export class ArticleExtractedData extends ArticleSummaryView {
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ type: ArticleExtractionCounts }) extraction!: ArticleExtractionCounts;
}

export class ArticleRevisionChange {
  @ApiProperty({ description: 'The revision that was extracted' }) revision!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) previousRevision!: number | null;
  @ApiProperty({ type: Object, description: '{carried, new, withdrawn}: claims carried over, new, and withdrawn' })
  claims!: { carried: number; new: number; withdrawn: number };
  @ApiProperty({ type: [String] }) withdrawnClaimIds!: string[];
  @ApiProperty({ type: [String], description: 'Withdrawn claims that had a published verdict' })
  publishedVerdictWithdrawnClaimIds!: string[];
}

/** `article.revised`: the article (as in GET /api/articles) and what the new revision changed. */
export class ArticleRevisedData extends ArticleSummaryView {
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ type: ArticleRevisionChange }) revised!: ArticleRevisionChange;
}

/** `claim.ready`: the claim (as GET /api/claims/:id shows it, without queue details) and its article. */
export class ClaimReadyData extends ClaimView {
  @ApiProperty({ type: WebhookArticleRef }) article!: WebhookArticleRef;
}

/** `ping`: sent by POST /api/webhooks/:id/test. */
export class PingData {
  @ApiProperty({ format: 'uuid' }) subscriptionId!: string;
  @ApiProperty() message!: string;
}

export type WebhookEventData = VerdictEventData | ConflictEventData | ArticleExtractedData | ArticleRevisedData | ClaimReadyData | PingData;

export class WebhookPayload<T = WebhookEventData> {
  @ApiProperty({ enum: [WEBHOOK_PAYLOAD_VERSION], description: 'Payload format version' }) version!: number;
  @ApiProperty({
    description: 'verdict.published, verdict.corrected, conflict.proposed, article.extracted, article.revised, claim.ready or ping',
  })
  type!: string;
  @ApiProperty({ description: 'When the event happened (ISO 8601)' }) timestamp!: string;
  @ApiProperty({ description: 'The resource, by type: see the *Data schemas' }) data!: T;
}

/** Every payload schema, for OpenAPI's extra models. */
export const WEBHOOK_PAYLOAD_MODELS = [
  WebhookPayload,
  VerdictEventData,
  ConflictEventData,
  ArticleExtractedData,
  ArticleRevisedData,
  ClaimReadyData,
  PingData,
] as const;

export function webhookPayload<T>(type: string, timestamp: Date, data: T): WebhookPayload<T> {
  return { version: WEBHOOK_PAYLOAD_VERSION, type, timestamp: timestamp.toISOString(), data };
}

export function verdictEventData(input: {
  verdict: VerdictEntity;
  claim: ClaimEntity;
  article: ArticleEntity;
  evidence: EvidenceEntity[];
  claimReview: Record<string, unknown>;
}): VerdictEventData {
  return {
    ...VerdictView.of(input.verdict),
    claim: WebhookClaimRef.of(input.claim),
    article: WebhookArticleRef.of(input.article),
    evidence: input.evidence.map(EvidenceView.of),
    claimReview: input.claimReview,
  };
}

export function conflictEventData(conflict: ConflictEntity, claim: ClaimEntity | null, article: ArticleEntity | null): ConflictEventData {
  return {
    ...ConflictView.of(conflict),
    claim: claim ? WebhookClaimRef.of(claim) : null,
    article: article ? WebhookArticleRef.of(article) : null,
  };
}

/** The outbox payload of article.extracted: `{articleId, claims, checkWorthy, conflicts}`. */
export function articleExtractedData(article: ArticleEntity, outbox: Record<string, unknown>): ArticleExtractedData {
  return {
    ...ArticleSummaryView.of(article),
    publishedAt: article.publishedAt,
    extraction: {
      claims: Number(outbox.claims ?? 0),
      checkWorthy: Number(outbox.checkWorthy ?? 0),
      conflicts: Number(outbox.conflicts ?? 0),
    },
  };
}

/** The outbox payload of article.revised: `{articleId, revision, previousRevision, claims, withdrawnClaimIds, publishedVerdictWithdrawnClaimIds}`. */
export function articleRevisedData(article: ArticleEntity, outbox: Record<string, unknown>): ArticleRevisedData {
  const claims = (outbox.claims ?? {}) as Partial<ArticleRevisionChange['claims']>;
  return {
    ...ArticleSummaryView.of(article),
    publishedAt: article.publishedAt,
    revised: {
      revision: Number(outbox.revision),
      previousRevision: typeof outbox.previousRevision === 'number' ? outbox.previousRevision : null,
      claims: { carried: claims.carried ?? 0, new: claims.new ?? 0, withdrawn: claims.withdrawn ?? 0 },
      withdrawnClaimIds: (outbox.withdrawnClaimIds as string[] | undefined) ?? [],
      publishedVerdictWithdrawnClaimIds: (outbox.publishedVerdictWithdrawnClaimIds as string[] | undefined) ?? [],
    },
  };
}

export function claimReadyData(claim: ClaimEntity, article: ArticleEntity): ClaimReadyData {
  return { ...ClaimView.of(claim), article: WebhookArticleRef.of(article) };
}

/** The body of a test delivery. */
export function pingPayload(subscriptionId: string, now: Date = new Date()): WebhookPayload<PingData> {
  return webhookPayload(PING_EVENT_TYPE, now, { subscriptionId, message: 'Factdesk webhook test' });
}
