import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '@factdesk/auth';
import { Role } from '@factdesk/database';

/**
 * Stores `claims` reviewed claims (25 to an article), spread over the past two years,
 * with what a review leaves behind: two leases one after the other (skipped, then
 * completed), a lapsed skip, a published verdict and its transition, a link of
 * evidence, a dismissed conflict with two sides, and four audit records. Then
 * VACUUM ANALYZE, so the planner knows the tables' sizes. For tests and benchmarks that need
 * a desk with a long past, written in SQL so a hundred thousand claims take seconds.
 */
export async function seedReviewedHistory(app: INestApplicationContext, claims: number): Promise<void> {
  const { user: past } = await app
    .get(UsersService)
    .createUser({ name: `past-reviewer-${randomUUID().slice(0, 8)}`, role: Role.Reviewer }, null);
  const batch = `history-${randomUUID()}`;
  // The claims of this batch's articles: every statement below starts from them.
  const pastClaims = `SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.content_hash LIKE '${batch}-%'`;
  const dataSource = app.get(DataSource);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO articles (title, body, content_hash, status, desk)
       SELECT 'Past article ' || g, 'Officials said the convoys crossed.', $1 || '-' || g, 'extracted', 'general'
         FROM generate_series(1, $2::int) g`,
      [batch, Math.ceil(claims / 25)],
    );
    await manager.query(
      `INSERT INTO claims (article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state, desk, created_at, queued_at)
       SELECT a.id, g, 'Officials said ' || g || ' convoys crossed.', g * 40, g * 40 + 39, g, 0.8, true, 'reviewed', 'general',
              now() - interval '1 day' * (1 + (a.n * 25 + g) % 730), now() - interval '1 day' * (1 + (a.n * 25 + g) % 730) + interval '5 minutes'
         FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM articles WHERE content_hash LIKE $1 || '-%') a
         CROSS JOIN generate_series(0, 24) g
        WHERE a.n * 25 + g < $2`,
      [batch, claims],
    );
    const byPast = [past.id];
    await manager.query(
      `INSERT INTO claim_leases (claim_id, reviewer_id, stage, acquired_at, expires_at, ended_at, end_reason, release_reason)
       SELECT c.id, $1, 'first', c.created_at + interval '1 hour' * n, c.created_at + interval '1 hour' * n + interval '15 minutes',
              c.created_at + interval '1 hour' * n + interval '5 minutes',
              CASE n WHEN 1 THEN 'released' ELSE 'completed' END::lease_end_reason,
              CASE n WHEN 1 THEN 'skip' END::lease_release_reason
         FROM (${pastClaims}) c CROSS JOIN generate_series(1, 2) n`,
      byPast,
    );
    await manager.query(
      `INSERT INTO claim_skips (claim_id, reviewer_id, until) SELECT c.id, $1, c.created_at + interval '1 day' FROM (${pastClaims}) c`,
      byPast,
    );
    await manager.query(
      `INSERT INTO verdicts (claim_id, version, author_id, rating, rationale, state, submitted_at)
       SELECT c.id, 1, $1, 'false', 'Contradicted by the record.', 'published', c.created_at + interval '2 hours' FROM (${pastClaims}) c`,
      byPast,
    );
    await manager.query(
      `INSERT INTO verdict_transitions (verdict_id, to_state, actor_id)
       SELECT v.id, 'published', $1 FROM verdicts v JOIN (${pastClaims}) c ON c.id = v.claim_id`,
      byPast,
    );
    await manager.query(
      `INSERT INTO evidence (id, root_id, claim_id, url, title, publisher, stance, author_id)
       SELECT e.id, e.id, e.claim_id, 'https://example.org/' || e.claim_id, 'Record', 'Example', 'refutes', $1
         FROM (SELECT gen_random_uuid() AS id, c.id AS claim_id FROM (${pastClaims}) c) e`,
      byPast,
    );
    await manager.query(
      `INSERT INTO conflicts (claim_id, article_id, description, status, origin)
       SELECT c.id, c.article_id, 'Two ministries disagree', 'dismissed', 'evidence' FROM (${pastClaims}) c`,
    );
    await manager.query(
      `INSERT INTO conflict_sides (conflict_id, claim_id, source_name, position)
       SELECT k.id, k.claim_id, side, 'Said so'
         FROM conflicts k JOIN (${pastClaims}) c ON c.id = k.claim_id CROSS JOIN unnest(ARRAY['Ministry A', 'Ministry B']) side`,
    );
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details)
       SELECT $1, 'verdict.published', 'claim', c.id::text, '{}'::jsonb FROM (${pastClaims}) c CROSS JOIN generate_series(1, 4)`,
      byPast,
    );
  });
  // As in a database that has lived that long: statistics current, and nothing left for autovacuum to do mid-measurement.
  await dataSource.query('VACUUM ANALYZE');
}
