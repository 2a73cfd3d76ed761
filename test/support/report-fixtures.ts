import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * Stores `count` claims of one article on `desk`, each with a published verdict by
 * `authorId`, in SQL (fifty thousand take a second or two): report volume for tests
 * that need an export to run for a while. Returns the article's id.
 */
export async function seedPublishedVerdicts(dataSource: DataSource, count: number, authorId: string, desk: string): Promise<string> {
  const [article] = (await dataSource.query(
    `INSERT INTO articles (title, body, content_hash, status, desk, publisher)
     VALUES ('Bulk article', 'Officials said the convoys crossed.', $1, 'extracted', $2, 'Bulk Times') RETURNING id`,
    [`bulk-${randomUUID()}`, desk],
  )) as Array<{ id: string }>;
  await dataSource.query(
    `INSERT INTO claims (article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state, desk, queued_at)
     SELECT $1, g, 'Officials said ' || g || ' convoys crossed, in a sentence long enough to make the row look real.',
            g * 40, g * 40 + 39, g, 0.8, true, 'reviewed', $3, now()
       FROM generate_series(0, $2::int - 1) g`,
    [article.id, count, desk],
  );
  await dataSource.query(
    `INSERT INTO verdicts (claim_id, version, author_id, rating, rationale, state, submitted_at, published_at)
     SELECT c.id, 1, $2, 'false', 'Contradicted by the record of the crossings kept by the observers.', 'published', now(), now()
       FROM claims c WHERE c.article_id = $1`,
    [article.id, authorId],
  );
  await dataSource.query('ANALYZE claims, verdicts');
  return article.id;
}
