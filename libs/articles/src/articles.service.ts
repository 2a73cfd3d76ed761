import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import {
  ArticleAppearanceEntity,
  ArticleEntity,
  ArticleRevisionEntity,
  ClaimEntity,
  ClaimState,
  ConflictEntity,
  newestFirstPage,
  Page,
} from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { nonTextReason } from '@factdesk/extraction';
import { BoundedRedis, jobIds, JobName, QueueName } from '@factdesk/jobs';
import { recordSubmission, SubmissionOutcome } from './article-submission';
import { ListArticlesQuery } from './dto/list-articles.query';
import { SubmitArticleDto } from './dto/submit-article.dto';

export interface SubmissionResult {
  article: ArticleEntity;
  /** What was recorded: anything but `unchanged` is new (an article, a revision or an appearance). */
  outcome: SubmissionOutcome;
}

/** An article as stored now: its current revision, with every revision and appearance listed. */
export interface ArticleRecord {
  article: ArticleEntity;
  revisions: ArticleRevisionEntity[];
  appearances: ArticleAppearanceEntity[];
}

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
   * Stores what a submission adds, however often and however concurrently it is sent (see
   * recordSubmission): a new article or a new revision is extracted; the same text at another
   * URL or publisher is another appearance; the same request again changes nothing.
   */
  async submit(dto: SubmitArticleDto, actorId: string | null): Promise<SubmissionResult & ArticleRecord> {
    refuseNonText(dto.body);
    const { article, outcome } = await this.dataSource.transaction((manager) => recordSubmission(manager, this.audit, dto, actorId));
    if (outcome === 'created' || outcome === 'revised') await this.enqueueExtraction(article.id, article.revision);
    return { ...(await this.withHistory(article)), outcome };
  }

  /**
   * Idempotent (the job id is derived from the article and its revision). A Redis outage here
   * loses nothing and holds no request: within REDIS_COMMAND_TIMEOUT_MS the submission goes
   * on without it, the article stays "received" and the worker's reconciliation enqueues it.
   */
  async enqueueExtraction(articleId: string, revision: number): Promise<void> {
    try {
      await this.redis.call('the extraction enqueue', () =>
        this.extractionQueue.add(JobName.ExtractArticle, { articleId, revision }, { jobId: jobIds.extractArticle(articleId, revision) }),
      );
    } catch (error) {
      this.logger.warn(`Could not enqueue extraction of ${articleId} (reconciliation will retry): ${(error as Error).message}`);
    }
  }

  /**
   * The current revision with its claims (offsets into its body; none until it is extracted),
   * the claims earlier revisions had and this one does not (withdrawn), and the proposed conflicts.
   */
  async get(id: string): Promise<ArticleRecord & { claims: ClaimEntity[]; withdrawnClaims: ClaimEntity[]; conflicts: ConflictEntity[] }> {
    const article = await this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
    if (!article) throw DomainError.notFound('article', id);
    const claims = await this.dataSource.getRepository(ClaimEntity).find({ where: { articleId: id }, order: { ordinal: 'ASC' } });
    const conflicts = await this.dataSource
      .getRepository(ConflictEntity)
      .find({ where: { articleId: id }, relations: { sides: true }, order: { createdAt: 'ASC' } });
    return {
      ...(await this.withHistory(article)),
      claims: claims.filter((claim) => claim.revision === article.revision && claim.state !== ClaimState.Withdrawn),
      withdrawnClaims: claims.filter((claim) => claim.state === ClaimState.Withdrawn),
      conflicts,
    };
  }

  /** Revision `revision` of the article with the claims it had, each at its offsets in that revision's body. */
  async getRevision(
    id: string,
    revision: number,
  ): Promise<{ article: ArticleEntity; revision: ArticleRevisionEntity; claims: ClaimEntity[] }> {
    const article = await this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
    if (!article) throw DomainError.notFound('article', id);
    const stored = await this.dataSource.getRepository(ArticleRevisionEntity).findOneBy({ articleId: id, revision });
    if (!stored)
      throw new DomainError(
        'not_found',
        'article.revision_not_found',
        `Article ${id} has no revision ${revision} (its newest is ${article.revision})`,
      );
    const rows = (await this.dataSource.query(
      `SELECT s.claim_id, s.ordinal, s.text, s.span_start, s.span_end FROM claim_spans s WHERE s.revision_id = $1 ORDER BY s.ordinal`,
      [stored.id],
    )) as Array<{ claim_id: string; ordinal: number; text: string; span_start: number; span_end: number }>;
    const claims = rows.length ? await this.dataSource.getRepository(ClaimEntity).findBy({ id: In(rows.map((row) => row.claim_id)) }) : [];
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    return {
      article,
      revision: stored,
      // The claim as it is now (state, verdict flags), worded and placed as this revision has it.
      claims: rows.map((row) =>
        Object.assign(byId.get(row.claim_id)!, {
          ordinal: row.ordinal,
          text: row.text,
          start: row.span_start,
          end: row.span_end,
          revision,
        }),
      ),
    };
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

  private async withHistory(article: ArticleEntity): Promise<ArticleRecord> {
    const [revisions, appearances] = await Promise.all([
      this.dataSource.getRepository(ArticleRevisionEntity).find({
        select: {
          id: true,
          articleId: true,
          revision: true,
          title: true,
          contentHash: true,
          url: true,
          receivedAt: true,
          submittedById: true,
          extractedAt: true,
        },
        where: { articleId: article.id },
        order: { revision: 'ASC' },
      }),
      this.dataSource
        .getRepository(ArticleAppearanceEntity)
        .find({ where: { articleId: article.id }, order: { firstSeenAt: 'ASC', id: 'ASC' } }),
    ]);
    return { article, revisions, appearances };
  }
}
