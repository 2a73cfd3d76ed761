import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ArticleEntity, ClaimEntity, ConflictEntity } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { jobIds, JobName, QueueName } from '@factdesk/jobs';
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

interface Cursor {
  createdAt: string;
  id: string;
}

@Injectable()
export class ArticlesService {
  private readonly logger = new Logger(ArticlesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Extraction) private readonly extractionQueue: Queue,
    private readonly audit: AuditService,
  ) {}

  /**
   * Stores an article once, however often and however concurrently it is submitted:
   * the insert yields to the unique content hash and URL, and the loser reads the winner.
   */
  async submit(dto: SubmitArticleDto, actorId: string | null): Promise<SubmissionResult> {
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
   * nothing: the article stays "received" and the worker's reconciliation enqueues it.
   */
  async enqueueExtraction(articleId: string): Promise<void> {
    try {
      await this.extractionQueue.add(JobName.ExtractArticle, { articleId }, { jobId: jobIds.extractArticle(articleId) });
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

  /** Newest first, keyset-paginated on (created_at, id) so pages stay stable while articles arrive. */
  async list(query: ListArticlesQuery): Promise<{ items: ArticleEntity[]; nextCursor: string | null }> {
    const builder = this.dataSource
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      // Microsecond precision: a JavaScript Date would round and skip or repeat rows.
      .addSelect(`to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'cursor_created_at')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      builder.andWhere(`(a.created_at, a.id) < ((:createdAt)::timestamp AT TIME ZONE 'UTC', :id)`, cursor);
    }
    const { entities, raw } = await builder.getRawAndEntities<{ cursor_created_at: string }>();
    const hasMore = entities.length > query.limit;
    const items = entities.slice(0, query.limit);
    const last = items.length > 0 ? raw[items.length - 1] : undefined;
    const nextCursor = hasMore && last ? encodeCursor({ createdAt: last.cursor_created_at, id: items[items.length - 1]!.id }) : null;
    return { items, nextCursor };
  }
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/.test(createdAt) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('invalid', 'pagination.bad_cursor', 'cursor is not a value this API returned as nextCursor');
}
