import 'reflect-metadata';
import { rankedClaimToBytes, signArticleClaims, type RankedClaim } from '@factdesk/extraction';
import { figureRangesLiteral } from '@factdesk/articles';
import { MIGRATIONS } from '../libs/database/src/migrations';
import { ClaimSignatureFigureRanges1796314600000 } from '../libs/database/src/migrations/1796314600000-ClaimSignatureFigureRanges';
import { hashString } from '../libs/extraction/src/matching/hashing';
import { WHEN_MEASURE_HASH } from '../libs/extraction/src/matching/when';
import { migrateDatabase } from './support/migrate';
import { createDatabase, dropDatabase, uniqueName } from './support/test-database';

/** Signatures stored before the column existed: the migration must fill it from `packed` as the store writes it for new claims. */
describe('ClaimSignatureFigureRanges migration', () => {
  const database = uniqueName('factdesk_migr');

  beforeAll(() => createDatabase(database));
  afterAll(() => dropDatabase(database));

  const ranked = (figures: number[]): RankedClaim => ({
    shingles: Uint32Array.of(4, 8),
    negated: false,
    figures: Float64Array.from(figures),
    story: new Uint32Array(0),
  });

  it("fills figure_ranges from packed exactly as figureRangesLiteral computes them, for every signature's figures", async () => {
    const count = hashString('count');
    const share = hashString('share');
    const claims: RankedClaim[] = [
      ...signArticleClaims([
        'More than 400 residents of Varnok have fled since the siege began in March, the relief agency said.',
        'About a third of the 90,000 residents, some 31 percent by its count, left in 2024.',
        'Reporting by Ilse Brandt',
      ]),
      // Bounds of every sign and size, unbounded ones, -0, the smallest and largest measures.
      ranked([count, -0, 0, share, -2.5, -1e-300, 0, -Infinity, Infinity, 0xffffffff, 5e-324, 1.7976931348623157e308]),
      // What is not compared: when, and what a count counts or a claim is about.
      ranked([WHEN_MEASURE_HASH, 123, 0, hashString('counted:own'), 1, 77, hashString('subject:broader'), 0, 99]),
      ranked([count, 7, 7, WHEN_MEASURE_HASH, 5, 1, hashString('subject:own'), 0, 3]),
      // Nothing the axis can hold: NaN, a low above its high, a measure that is no 32-bit integer.
      ranked([count, NaN, 3]),
      ranked([count, 5, 4]),
      ranked([share, 1, 2, 1.5, 1, 2]),
      ranked([2 ** 32, 1, 2]),
    ];
    const expected = claims.map((claim) => figureRangesLiteral(claim.figures));
    expect(expected.filter((literal) => literal === null)).toHaveLength(6); // the byline, the uncompared, the four unusable

    const before = await migrateDatabase(database, MIGRATIONS.slice(0, MIGRATIONS.indexOf(ClaimSignatureFigureRanges1796314600000)));
    const [article] = await before.query(
      `INSERT INTO articles (title, body, content_hash, status) VALUES ('Varnok', 'Varnok.', 'hash-varnok', 'extracted') RETURNING id`,
    );
    const ids: string[] = [];
    for (const [ordinal, claim] of claims.entries()) {
      const [row] = await before.query(
        `INSERT INTO claims (article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state)
         VALUES ($1, $2, 'A claim.', $2, $2 + 1, $2, 0.5, true, 'ready') RETURNING id`,
        [article.id, ordinal],
      );
      ids.push(row.id as string);
      await before.query(`INSERT INTO claim_signatures (claim_id, article_id, version, packed) VALUES ($1, $2, 16, $3)`, [
        row.id,
        article.id,
        Buffer.from(rankedClaimToBytes(claim)),
      ]);
    }
    await before.destroy();

    const after = await migrateDatabase(database, MIGRATIONS.slice(0, MIGRATIONS.indexOf(ClaimSignatureFigureRanges1796314600000) + 1));
    try {
      // Compared as PostgreSQL reads the literal the store sends (int8range canonicalises "[a,b]" to "[a,b+1)").
      const rows: Array<{ claim_id: string; stored: string | null; written: string | null }> = await after.query(
        `SELECT s.claim_id, s.figure_ranges::text AS stored, x.literal::int8range[]::text AS written
           FROM claim_signatures s JOIN unnest($1::uuid[], $2::text[]) AS x(claim_id, literal) USING (claim_id)`,
        [ids, expected],
      );
      expect(rows).toHaveLength(claims.length);
      for (const row of rows) expect([ids.indexOf(row.claim_id), row.stored]).toEqual([ids.indexOf(row.claim_id), row.written]);
      expect(rows.filter((row) => row.stored !== null)).toHaveLength(claims.length - 6);
    } finally {
      await after.destroy();
    }
  });
});
