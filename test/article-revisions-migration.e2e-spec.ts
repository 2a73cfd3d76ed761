import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '../libs/database/src/migrations';
import { ArticleRevisions1796278421300 } from '../libs/database/src/migrations/1796278421300-ArticleRevisions';
import { migrateDatabase } from './support/migrate';
import { createDatabase, dropDatabase, uniqueName } from './support/test-database';

/** A database migrated up to the migration before `ArticleRevisions`, then the rest: what an upgrade does to stored articles. */
describe('ArticleRevisions migration', () => {
  const database = uniqueName('factdesk_migr');
  const body = 'The ministry said 3,179 people left on Monday. The weather was cold.';

  beforeAll(() => createDatabase(database));
  afterAll(() => dropDatabase(database));

  const migrate = (migrations: Function[]): Promise<DataSource> => migrateDatabase(database, migrations);

  it('gives every stored article its revision 1 and first appearance, and every claim its span in revision 1', async () => {
    const before = await migrate(MIGRATIONS.slice(0, MIGRATIONS.indexOf(ArticleRevisions1796278421300)));
    const [article] = await before.query(
      `INSERT INTO articles (title, body, url, publisher, content_hash, status, extracted_at)
       VALUES ('Old', $1, 'https://old.example/a', 'Old Times', 'hash-old', 'extracted', now()) RETURNING id, created_at`,
      [body],
    );
    const spans = [
      [0, 46],
      [47, 68],
    ];
    for (const [ordinal, [start, end]] of spans.entries()) {
      await before.query(
        `INSERT INTO claims (article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state)
         VALUES ($1, $2, $3, $4, $5, $2, 0.5, true, 'ready')`,
        [article.id, ordinal, body.slice(start, end), start, end],
      );
    }
    await before.destroy();

    const after = await migrate(MIGRATIONS);
    try {
      const revisions = await after.query(`SELECT * FROM article_revisions WHERE article_id = $1`, [article.id]);
      expect(revisions).toEqual([
        expect.objectContaining({
          revision: 1,
          title: 'Old',
          body,
          content_hash: 'hash-old',
          url: 'https://old.example/a',
          received_at: article.created_at,
        }),
      ]);
      expect(await after.query(`SELECT url, publisher, revision FROM article_appearances WHERE article_id = $1`, [article.id])).toEqual([
        { url: 'https://old.example/a', publisher: 'Old Times', revision: 1 },
      ]);
      const stored = await after.query(
        `SELECT s.text, s.span_start, s.span_end, c.revision FROM claim_spans s JOIN claims c ON c.id = s.claim_id
          WHERE s.revision_id = $1 ORDER BY s.ordinal`,
        [revisions[0].id],
      );
      expect(
        stored.map((row: { text: string; span_start: number; span_end: number; revision: number }) => [
          row.revision,
          body.slice(row.span_start, row.span_end) === row.text,
        ]),
      ).toEqual([
        [1, true],
        [1, true],
      ]);
      expect((await after.query(`SELECT revision FROM articles WHERE id = $1`, [article.id]))[0].revision).toBe(1);
    } finally {
      await after.destroy();
    }
  });
});
