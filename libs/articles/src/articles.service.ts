import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ArticleEntity, ClaimEntity, ConflictEntity, newestFirstPage, Page } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { nonTextReason } from '@factdesk/extraction';
import { BoundedRedis, jobIds, JobName, QueueName } from '@factdesk/jobs';
import { contentHash, normaliseUrl } from './content-identity';
import { ListArticlesQuery } from './dto/list-articles.query';
import { SubmitArticleDto } from './dto/submit-article.dto';

export interface SubmissionResult {
  article: ArticleEntity;
  /** False when the same content (or URL) was already there: the existing article is returned. */
  created: boolean;
}

export const DEFAULT_DESK = 'general';
export const DEFAULT_REACH = 0.5;

/** A body of binary (decoded bytes, an encoded file) would become thousands of nonsense claims: 422 before anything is stored. */
function refuseNonText(body: string): void {
  const reason = nonTextReason(body);
  if (reason) throw new DomainError('unprocessable', 'article.not_text', `body ${reason}`);
}

@Injectable()
export class ArticlesService {
  private readonly logger = new Logger(ArticlesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Extraction) private readonly extractionQueue: Queue,
    private readonly audit: AuditService,
    private readonly redis: BoundedRedis,
  ) {}

  /**
   * Stores an article once, however often and however concurrently it is submitted:
   * the insert yields to the unique content hash and URL, and the loser reads the winner.
   */
  async submit(dto: SubmitArticleDto, actorId: string | null): Promise<SubmissionResult> {
    refuseNonText(dto.body);
    const hash = contentHash(dto.body);
    const url = dto.url ? normaliseUrl(dto.url) : null;
    const result = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ArticleEntity)
        .values({
          title: dto.title.trim(),
          body: dto.body,
          url,
          publisher: dto.publisher?.trim() ?? null,
          language: dto.language ?? null,
          desk: dto.desk?.trim() ?? DEFAULT_DESK,
          reach: dto.reach ?? DEFAULT_REACH,
          publishedAt: dto.publishedAt ?? null,
          contentHash: hash,
          submittedById: actorId,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const insertedId = (inserted.raw as Array<{ id: string }>)[0]?.id;
      if (!insertedId) return null;
      await this.audit.record(manager, {
        actorId,
        action: 'article.submitted',
        entityType: 'article',
        entityId: insertedId,
        details: { title: dto.title, url },
      });
      return manager.findOneByOrFail(ArticleEntity, { id: insertedId });
    });

    if (result) {
      await this.enqueueExtraction(result.id);
      return { article: result, created: true };
    }
    const existing = await this.dataSource.getRepository(ArticleEntity).findOne({
      where: url ? [{ contentHash: hash }, { url }] : [{ contentHash: hash }],
    });
    if (!existing) throw new Error('Article insert was ignored but no conflicting article exists');
    return { article: existing, created: false };
  }

  /**
   * Idempotent (the job id is derived from the article). A Redis outage here loses
   * nothing and holds no request: within REDIS_COMMAND_TIMEOUT_MS the submission goes
   * on without it, the article stays "received" and the worker's reconciliation enqueues it.
   */
  async enqueueExtraction(articleId: string): Promise<void> {
    try {
      await this.redis.call('the extraction enqueue', () =>
        this.extractionQueue.add(JobName.ExtractArticle, { articleId }, { jobId: jobIds.extractArticle(articleId) }),
      );
    } catch (error) {
      this.logger.warn(`Could not enqueue extraction of ${articleId} (reconciliation will retry): ${(error as Error).message}`);
    }
  }

  async get(id: string): Promise<{ article: ArticleEntity; claims: ClaimEntity[]; conflicts: ConflictEntity[] }> {
    const article = await this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
    if (!article) throw DomainError.notFound('article', id);
    const claims = await this.dataSource.getRepository(ClaimEntity).find({ where: { articleId: id }, order: { ordinal: 'ASC' } });
    const conflicts = await this.dataSource
      .getRepository(ConflictEntity)
      .find({ where: { articleId: id }, relations: { sides: true }, order: { createdAt: 'ASC' } });
    return { article, claims, conflicts };
  }

  /** Newest first, keyset-paginated so pages stay stable while articles arrive. */
  async list(query: ListArticlesQuery): Promise<Page<ArticleEntity>> {
    const builder = this.dataSource.getRepository(ArticleEntity).createQueryBuilder('a');
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.language) {
      // The language its claims were judged by (see claim-language.ts); `de` also finds `de-AT`.
      builder.andWhere(
        `(coalesce(a.detected_language, a.language) = :language OR coalesce(a.detected_language, a.language) LIKE :region)`,
        {
          language: query.language,
          region: `${query.language}-%`,
        },
      );
    }
    return newestFirstPage(builder, 'a', query);
  }
}
