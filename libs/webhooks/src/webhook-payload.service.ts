import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { EnvironmentVariables } from '@factdesk/config';
import { ConflictsService } from '@factdesk/conflicts';
import { ArticleEntity, ClaimEntity, OutboxEventEntity, OutboxEventType } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { verdictClaimReview, VerdictsService } from '@factdesk/verdicts';
import {
  articleExtractedData,
  articleRevisedData,
  claimReadyData,
  conflictEventData,
  verdictEventData,
  WebhookEventData,
  WebhookPayload,
  webhookPayload,
} from './payloads';

type PayloadEvent = Pick<OutboxEventEntity, 'type' | 'aggregateId' | 'payload' | 'createdAt'>;

/** Claims and articles already read for a batch of events, by id (null: read, and not there). */
interface Reads {
  claims: Map<string, ClaimEntity | null>;
  articles: Map<string, ArticleEntity | null>;
}

/** Never the body: a webhook names the article, GET /api/articles/:id reads it. */
const ARTICLE_COLUMNS = {
  id: true,
  title: true,
  url: true,
  publisher: true,
  publishedAt: true,
  language: true,
  detectedLanguage: true,
  revision: true,
  status: true,
  createdAt: true,
} as const;

/** Builds the webhook body of an outbox event from the resources as the API shows them. */
@Injectable()
export class WebhookPayloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verdicts: VerdictsService,
    private readonly conflicts: ConflictsService,
    private readonly env: EnvironmentVariables,
  ) {}

  /**
   * The payload of `event`, or null for an outbox type webhooks do not deliver
   * (conflict.sides_added, conflict.rechecked). Throws DomainError not_found if the
   * resource is gone (history rows are never deleted, so that means a bad event).
   */
  payloadFor(event: PayloadEvent): Promise<WebhookPayload | null> {
    return this.build(event, { claims: new Map(), articles: new Map() });
  }

  /**
   * The payloads of several events, in their order: as payloadFor each, but the claims and
   * articles they name are read in one query each (the relay's batches are hundreds of
   * events, often about the same article). An event whose resource is gone gets its
   * DomainError (not_found) in its place, so one bad event does not hold the others back.
   */
  async payloadsFor(events: PayloadEvent[]): Promise<Array<WebhookPayload | null | DomainError>> {
    const reads: Reads = { claims: new Map(), articles: new Map() };
    const claimIds = events.filter((event) => event.type === OutboxEventType.ClaimReady).map((event) => event.aggregateId);
    await this.readClaims(claimIds, reads);
    const articleIds = events
      .filter((event) => event.type === OutboxEventType.ArticleExtracted || event.type === OutboxEventType.ArticleRevised)
      .map((event) => event.aggregateId);
    for (const claim of reads.claims.values()) if (claim) articleIds.push(claim.articleId);
    await this.readArticles(articleIds, reads);
    const payloads: Array<WebhookPayload | null | DomainError> = [];
    for (const event of events) {
      try {
        payloads.push(await this.build(event, reads));
      } catch (error) {
        if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
        payloads.push(error);
      }
    }
    return payloads;
  }

  private async build(event: PayloadEvent, reads: Reads): Promise<WebhookPayload | null> {
    const data = await this.dataFor(event, reads);
    return data === null ? null : webhookPayload(event.type, event.createdAt, data);
  }

  private async dataFor(
    event: Pick<OutboxEventEntity, 'type' | 'aggregateId' | 'payload'>,
    reads: Reads,
  ): Promise<WebhookEventData | null> {
    switch (event.type) {
      case OutboxEventType.VerdictPublished:
      case OutboxEventType.VerdictCorrected: {
        const { verdict, evidence } = await this.verdicts.get(event.aggregateId);
        const claim = await this.claim(verdict.claimId, reads);
        const article = await this.article(claim.articleId, reads);
        // The ClaimReview written with the event (as published); rebuilt only for an event that lacks it.
        const claimReview =
          (event.payload.claimReview as Record<string, unknown> | undefined) ??
          verdictClaimReview(verdict, claim, article, { name: this.env.FACTCHECK_ORG_NAME, url: this.env.FACTCHECK_ORG_URL });
        return verdictEventData({ verdict, claim, article, evidence, claimReview });
      }
      case OutboxEventType.ConflictProposed: {
        const conflict = await this.conflicts.get(event.aggregateId);
        const claim = conflict.claimId ? await this.claim(conflict.claimId, reads) : null;
        const articleId = conflict.articleId ?? claim?.articleId ?? null;
        return conflictEventData(conflict, claim, articleId ? await this.article(articleId, reads) : null);
      }
      case OutboxEventType.ArticleExtracted:
        return articleExtractedData(await this.article(event.aggregateId, reads), event.payload);
      case OutboxEventType.ArticleRevised:
        return articleRevisedData(await this.article(event.aggregateId, reads), event.payload);
      case OutboxEventType.ClaimReady: {
        const claim = await this.claim(event.aggregateId, reads);
        return claimReadyData(claim, await this.article(claim.articleId, reads));
      }
      default:
        return null;
    }
  }

  private async claim(id: string, reads: Reads): Promise<ClaimEntity> {
    if (!reads.claims.has(id)) await this.readClaims([id], reads);
    const claim = reads.claims.get(id);
    if (!claim) throw DomainError.notFound('claim', id);
    return claim;
  }

  private async article(id: string, reads: Reads): Promise<ArticleEntity> {
    if (!reads.articles.has(id)) await this.readArticles([id], reads);
    const article = reads.articles.get(id);
    if (!article) throw DomainError.notFound('article', id);
    return article;
  }

  private async readClaims(ids: string[], reads: Reads): Promise<void> {
    const unread = [...new Set(ids)].filter((id) => !reads.claims.has(id));
    if (unread.length === 0) return;
    const found = await this.dataSource.getRepository(ClaimEntity).findBy({ id: In(unread) });
    for (const id of unread) reads.claims.set(id, null);
    for (const claim of found) reads.claims.set(claim.id, claim);
  }

  private async readArticles(ids: string[], reads: Reads): Promise<void> {
    const unread = [...new Set(ids)].filter((id) => !reads.articles.has(id));
    if (unread.length === 0) return;
    const found = await this.dataSource.getRepository(ArticleEntity).find({ select: ARTICLE_COLUMNS, where: { id: In(unread) } });
    for (const id of unread) reads.articles.set(id, null);
    for (const article of found) reads.articles.set(article.id, article);
  }
}
