import { ArticleEntity, ArticleStatus, ClaimEntity, ClaimState, ClaimType } from '@factdesk/database';
import { basePriority, ReviewQueueReconciler, ReviewQueueService } from '@factdesk/review-queue';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface SeedOptions {
  desk?: string;
  language?: string;
  reach?: number;
  /** One check-worthiness per claim; the default spreads 0.5..0.99 so every claim has its own priority. */
  checkworthiness?: number[];
  /** Put them in BullMQ too, as extraction does (default); false leaves that to reconciliation. */
  enqueue?: boolean;
}

/**
 * Stores `count` ready claims (in one article, or `perArticle` to an article) and queues
 * them, as extraction would, without running the engine: for queue tests and benchmarks
 * that need many claims quickly.
 */
export async function seedReadyClaims(
  app: INestApplicationContext,
  count: number,
  options: SeedOptions & { perArticle?: number } = {},
): Promise<ClaimEntity[]> {
  const scores = options.checkworthiness ?? Array.from({ length: count }, (_, i) => 0.99 - (0.49 * i) / Math.max(1, count - 1));
  const perArticle = options.perArticle ?? Math.max(1, scores.length);
  const claims: ClaimEntity[] = [];
  for (let first = 0; first < scores.length; first += perArticle) {
    claims.push(...(await seedArticle(app, scores.slice(first, first + perArticle), first, options)));
  }
  if (options.enqueue !== false) await app.get(ReviewQueueService).enqueue(claims.map((claim) => claim.id));
  return claims;
}

async function seedArticle(
  app: INestApplicationContext,
  scores: number[],
  numberFrom: number,
  options: SeedOptions,
): Promise<ClaimEntity[]> {
  const dataSource = app.get(DataSource);
  const sentences = scores.map((_, i) => `Officials said ${numberFrom + i + 1} convoys crossed the border on day ${numberFrom + i + 1}.`);
  const body = sentences.join(' ');
  const reach = options.reach ?? 0.5;
  const article = await dataSource.getRepository(ArticleEntity).save({
    title: `Seeded ${Math.random().toString(36).slice(2, 8)}`,
    body,
    contentHash: `seed-${Math.random().toString(36).slice(2)}-${Date.now()}`,
    desk: options.desk ?? 'general',
    reach,
    language: options.language ?? 'en',
    // As extraction leaves it: a `received` article would be extracted again by the next worker to start (its
    // reconciliation takes articles of any age on start-up), which replaces these claims with the engine's own.
    status: ArticleStatus.Extracted,
    extractedAt: new Date(),
  });
  let offset = 0;
  const claims = sentences.map((text, ordinal) => {
    const claim = dataSource.getRepository(ClaimEntity).create({
      articleId: article.id,
      ordinal,
      text,
      start: offset,
      end: offset + text.length,
      sentenceIndex: ordinal,
      checkworthiness: scores[ordinal]!,
      checkWorthy: true,
      type: ClaimType.Event,
      state: ClaimState.Ready,
      desk: article.desk,
      language: article.language,
      priorityBase: basePriority(scores[ordinal]!, reach),
      queuedAt: new Date(),
      attribution: { speaker: null, organisation: 'Officials' },
    });
    offset += text.length + 1;
    return claim;
  });
  await dataSource.getRepository(ClaimEntity).insert(claims);
  return claims;
}

/** Ends every open lease and takes every claim out of the queue, so a test starts with nothing waiting. */
export async function emptyQueue(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  await dataSource.query(`UPDATE claim_leases SET ended_at = now(), end_reason = 'revoked' WHERE ended_at IS NULL`);
  await dataSource.query(`UPDATE claims SET state = 'pulled' WHERE state IN ('ready', 'leased')`);
  await app.get(ReviewQueueReconciler).reconcile();
}
