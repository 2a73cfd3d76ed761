import type { EntityManager } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ArticleAppearanceEntity, ArticleEntity, ArticleRevisionEntity, ArticleStatus } from '@factdesk/database';
import { contentHash, normaliseUrl } from './content-identity';
import { SubmitArticleDto } from './dto/submit-article.dto';

/**
 * What a submission recorded: a new article, a new revision of one (same URL, other text or
 * title), a new appearance of one (the same text at another URL or publisher), or nothing
 * (the exact same request again).
 */
export type SubmissionOutcome = 'created' | 'revised' | 'appeared' | 'unchanged';

export const DEFAULT_DESK = 'general';
export const DEFAULT_REACH = 0.5;

interface Submission {
  dto: SubmitArticleDto;
  actorId: string | null;
  title: string;
  hash: string;
  url: string | null;
  publisher: string | null;
}

/**
 * Records one submission inside the caller's transaction, deciding what it is. Submissions
 * that share a content hash or a URL are serialised by transaction-scoped advisory locks on
 * both (taken in one order, so two never wait for each other): of concurrent identical
 * submissions one creates the article and the others find it, and two new texts at one URL
 * become two revisions, never two articles.
 */
export async function recordSubmission(
  manager: EntityManager,
  audit: AuditService,
  dto: SubmitArticleDto,
  actorId: string | null,
): Promise<{ article: ArticleEntity; outcome: SubmissionOutcome }> {
  const submission: Submission = {
    dto,
    actorId,
    title: dto.title.trim(),
    hash: contentHash(dto.body),
    url: dto.url ? normaliseUrl(dto.url) : null,
    publisher: dto.publisher?.trim() ?? null,
  };
  const keys = [`article-content:${submission.hash}`, ...(submission.url ? [`article-url:${submission.url}`] : [])].sort();
  for (const key of keys) await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);

  const atUrl = submission.url ? await findArticle(manager, submission.url, 'url') : null;
  if (atUrl && (atUrl.contentHash !== submission.hash || (await titleAt(manager, atUrl, submission.url!)) !== submission.title)) {
    const revised = await addRevision(manager, audit, atUrl, submission);
    await addAppearance(manager, audit, revised, submission);
    return { article: revised, outcome: 'revised' };
  }
  const existing = atUrl ?? (await findArticle(manager, submission.hash, 'content'));
  if (!existing) return { article: await createArticle(manager, audit, submission), outcome: 'created' };
  return { article: existing, outcome: (await addAppearance(manager, audit, existing, submission)) ? 'appeared' : 'unchanged' };
}

/**
 * The article a URL belongs to (any appearance of it), or that has carried this text (any
 * revision), locked for the rest of the transaction. The articles table is asked too, for
 * articles written without their revision rows.
 */
async function findArticle(manager: EntityManager, key: string, by: 'url' | 'content'): Promise<ArticleEntity | null> {
  const sql =
    by === 'url'
      ? `SELECT id FROM (SELECT id, created_at AS seen FROM articles WHERE url = $1
                         UNION ALL SELECT article_id, first_seen_at FROM article_appearances WHERE url = $1) found
          ORDER BY seen LIMIT 1`
      : `SELECT id FROM (SELECT id, created_at AS seen FROM articles WHERE content_hash = $1
                         UNION ALL SELECT article_id, received_at FROM article_revisions WHERE content_hash = $1) found
          ORDER BY seen LIMIT 1`;
  const [row] = (await manager.query(sql, [key])) as Array<{ id: string }>;
  if (!row) return null;
  return manager.findOne(ArticleEntity, { where: { id: row.id }, lock: { mode: 'pessimistic_write' } });
}

/** The title the article last had at this URL (its outlet's headline), by its newest appearance or revision there. */
async function titleAt(manager: EntityManager, article: ArticleEntity, url: string): Promise<string> {
  const [row] = (await manager.query(
    `SELECT title FROM (SELECT title, first_seen_at AS seen FROM article_appearances WHERE article_id = $1 AND url = $2
                        UNION ALL SELECT title, received_at FROM article_revisions WHERE article_id = $1 AND url = $2) seen
      ORDER BY seen DESC LIMIT 1`,
    [article.id, url],
  )) as Array<{ title: string }>;
  return row?.title ?? article.title;
}

async function createArticle(manager: EntityManager, audit: AuditService, submission: Submission): Promise<ArticleEntity> {
  const { dto, actorId, title, hash, url, publisher } = submission;
  const article = manager.create(ArticleEntity, {
    title,
    body: dto.body,
    url,
    publisher,
    language: dto.language ?? null,
    desk: dto.desk?.trim() ?? DEFAULT_DESK,
    reach: dto.reach ?? DEFAULT_REACH,
    publishedAt: dto.publishedAt ?? null,
    contentHash: hash,
    revision: 1,
    submittedById: actorId,
  });
  await manager.insert(ArticleEntity, article);
  const stored = await manager.findOneByOrFail(ArticleEntity, { id: article.id });
  await manager.insert(ArticleRevisionEntity, {
    articleId: stored.id,
    revision: 1,
    title,
    body: dto.body,
    contentHash: hash,
    url,
    receivedAt: stored.createdAt,
    submittedById: actorId,
  });
  await manager.insert(ArticleAppearanceEntity, {
    articleId: stored.id,
    url,
    publisher,
    title,
    revision: 1,
    firstSeenAt: stored.createdAt,
    submittedById: actorId,
  });
  await audit.record(manager, {
    actorId,
    action: 'article.submitted',
    entityType: 'article',
    entityId: stored.id,
    details: { title: dto.title, url, publisher, revision: 1 },
  });
  return stored;
}

/** The next revision: kept whole, made the article's current text, and waiting for extraction. */
async function addRevision(
  manager: EntityManager,
  audit: AuditService,
  article: ArticleEntity,
  submission: Submission,
): Promise<ArticleEntity> {
  const { dto, actorId, title, hash, url } = submission;
  const revision = article.revision + 1;
  await manager.insert(ArticleRevisionEntity, {
    articleId: article.id,
    revision,
    title,
    body: dto.body,
    contentHash: hash,
    url,
    submittedById: actorId,
  });
  await manager.update(
    ArticleEntity,
    { id: article.id },
    {
      title,
      body: dto.body,
      contentHash: hash,
      revision,
      status: ArticleStatus.Received,
      extractionError: null,
      extractionAttempts: 0,
      extractedAt: null,
    },
  );
  await audit.record(manager, {
    actorId,
    action: 'article.revised',
    entityType: 'article',
    entityId: article.id,
    details: { revision, previousRevision: article.revision, contentHash: hash, previousContentHash: article.contentHash, title, url },
  });
  return manager.findOneByOrFail(ArticleEntity, { id: article.id });
}

/**
 * Records where the text was seen, unless an earlier appearance already says as much (same
 * URL and publisher, or the request names neither). Returns whether anything was recorded.
 */
async function addAppearance(
  manager: EntityManager,
  audit: AuditService,
  article: ArticleEntity,
  submission: Submission,
): Promise<boolean> {
  const { actorId, title, url, publisher } = submission;
  if (url === null && publisher === null) return false;
  const [known] = (await manager.query(
    `SELECT 1 FROM article_appearances
      WHERE article_id = $1 AND ($2::text IS NULL OR url = $2) AND ($3::text IS NULL OR publisher = $3)
      UNION ALL
     SELECT 1 FROM articles
      WHERE id = $1 AND ($2::text IS NULL OR url = $2) AND ($3::text IS NULL OR publisher = $3)
      LIMIT 1`,
    [article.id, url, publisher],
  )) as unknown[];
  if (known) return false;
  await manager.insert(ArticleAppearanceEntity, {
    articleId: article.id,
    url,
    publisher,
    title,
    revision: article.revision,
    submittedById: actorId,
  });
  await audit.record(manager, {
    actorId,
    action: 'article.appeared',
    entityType: 'article',
    entityId: article.id,
    details: { url, publisher, title, revision: article.revision },
  });
  return true;
}
