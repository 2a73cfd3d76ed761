import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
  async payloadFor(event: Pick<OutboxEventEntity, 'type' | 'aggregateId' | 'payload' | 'createdAt'>): Promise<WebhookPayload | null> {
    const data = await this.dataFor(event);
    return data === null ? null : webhookPayload(event.type, event.createdAt, data);
  }

  private async dataFor(event: Pick<OutboxEventEntity, 'type' | 'aggregateId' | 'payload'>): Promise<WebhookEventData | null> {
    switch (event.type) {
      case OutboxEventType.VerdictPublished:
      case OutboxEventType.VerdictCorrected: {
        const { verdict, evidence } = await this.verdicts.get(event.aggregateId);
        const claim = await this.claim(verdict.claimId);
        const article = await this.article(claim.articleId);
        // The ClaimReview written with the event (as published); rebuilt only for an event that lacks it.
        const claimReview =
          (event.payload.claimReview as Record<string, unknown> | undefined) ??
          verdictClaimReview(verdict, claim, article, { name: this.env.FACTCHECK_ORG_NAME, url: this.env.FACTCHECK_ORG_URL });
        return verdictEventData({ verdict, claim, article, evidence, claimReview });
      }
      case OutboxEventType.ConflictProposed: {
        const conflict = await this.conflicts.get(event.aggregateId);
        const claim = conflict.claimId ? await this.claim(conflict.claimId) : null;
        const articleId = conflict.articleId ?? claim?.articleId ?? null;
        return conflictEventData(conflict, claim, articleId ? await this.article(articleId) : null);
      }
      case OutboxEventType.ArticleExtracted:
        return articleExtractedData(await this.article(event.aggregateId), event.payload);
      case OutboxEventType.ArticleRevised:
        return articleRevisedData(await this.article(event.aggregateId), event.payload);
      case OutboxEventType.ClaimReady: {
        const claim = await this.claim(event.aggregateId);
        return claimReadyData(claim, await this.article(claim.articleId));
      }
      default:
        return null;
    }
  }

  private async claim(id: string): Promise<ClaimEntity> {
    const claim = await this.dataSource.getRepository(ClaimEntity).findOneBy({ id });
    if (!claim) throw DomainError.notFound('claim', id);
    return claim;
  }

  private async article(id: string): Promise<ArticleEntity> {
    // Never the body: a webhook names the article, GET /api/articles/:id reads it.
    const article = await this.dataSource.getRepository(ArticleEntity).findOne({
      select: {
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
      },
      where: { id },
    });
    if (!article) throw DomainError.notFound('article', id);
    return article;
  }
}
