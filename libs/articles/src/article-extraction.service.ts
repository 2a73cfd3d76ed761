import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ArticleEntity, ArticleStatus, ClaimEntity, ClaimState, ClaimType } from '@factdesk/database';
import { extract } from '@factdesk/extraction';

export type ExtractionOutcome =
  { outcome: 'extracted'; claims: number; checkWorthy: number } | { outcome: 'already-extracted' } | { outcome: 'not-found' };

/**
 * Runs the pure extraction engine on a stored article and stores its claims.
 * Safe to run twice, or in two workers at once: the claims and the "extracted"
 * status commit in one transaction that holds the article's row lock, and a run
 * that finds the article already extracted does nothing.
 */
@Injectable()
export class ArticleExtractionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async extractArticle(articleId: string): Promise<ExtractionOutcome> {
    const started = await this.dataSource
      .createQueryBuilder()
      .update(ArticleEntity)
      .set({ status: ArticleStatus.Extracting, extractionAttempts: () => 'extraction_attempts + 1' })
      .where({ id: articleId, status: In([ArticleStatus.Received, ArticleStatus.Extracting, ArticleStatus.Failed]) })
      .returning(['body'])
      .execute();
    const body = (started.raw as Array<{ body: string }>)[0]?.body;
    if (body === undefined) {
      const exists = await this.dataSource.getRepository(ArticleEntity).existsBy({ id: articleId });
      return exists ? { outcome: 'already-extracted' } : { outcome: 'not-found' };
    }

    // The engine is pure and runs outside the transaction: no lock is held while it thinks.
    const result = extract(body);

    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(ArticleEntity, { where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!article) return { outcome: 'not-found' } as const;
      if (article.status === ArticleStatus.Extracted) return { outcome: 'already-extracted' } as const;

      const claims = result.claims.map((claim, ordinal) =>
        manager.create(ClaimEntity, {
          articleId,
          ordinal,
          text: claim.text,
          start: claim.start,
          end: claim.end,
          sentenceIndex: claim.sentenceIndex,
          checkworthiness: claim.checkworthiness,
          checkWorthy: claim.checkWorthy,
          type: claim.type as ClaimType,
          state: claim.checkWorthy ? ClaimState.Ready : ClaimState.NotCheckworthy,
        }),
      );
      // Chunked: PostgreSQL allows at most 65535 bind parameters per statement.
      for (let i = 0; i < claims.length; i += 1000) await manager.insert(ClaimEntity, claims.slice(i, i + 1000));
      const checkWorthy = claims.filter((claim) => claim.checkWorthy).length;
      await manager.update(
        ArticleEntity,
        { id: articleId },
        { status: ArticleStatus.Extracted, extractedAt: new Date(), extractionError: null },
      );
      await this.audit.record(manager, {
        actorId: null,
        action: 'article.extracted',
        entityType: 'article',
        entityId: articleId,
        details: { claims: claims.length, checkWorthy },
      });
      return { outcome: 'extracted', claims: claims.length, checkWorthy } as const;
    });
  }

  /** After the last retry: the article shows "failed" with the error that stopped it. */
  async markFailed(articleId: string, error: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager.update(
        ArticleEntity,
        { id: articleId, status: In([ArticleStatus.Received, ArticleStatus.Extracting]) },
        { status: ArticleStatus.Failed, extractionError: error.slice(0, 2000) },
      );
      if (!updated.affected) return;
      await this.audit.record(manager, {
        actorId: null,
        action: 'article.extraction_failed',
        entityType: 'article',
        entityId: articleId,
        details: { error },
      });
    });
  }
}
