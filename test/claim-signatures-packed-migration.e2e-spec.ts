import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { rankedClaimFromBytes, signArticleClaims, type RankedClaim } from '@factdesk/extraction';
import { MIGRATIONS } from '../libs/database/src/migrations';
import { ClaimSignaturesPacked1796313000000 } from '../libs/database/src/migrations/1796313000000-ClaimSignaturesPacked';
import { migrateDatabase } from './support/migrate';
import { createDatabase, dropDatabase, uniqueName } from './support/test-database';

/** Signatures stored in the four old columns, migrated: `packed` must read back as what was stored, byte for byte. */
describe('ClaimSignaturesPacked migration', () => {
  const database = uniqueName('factdesk_migr');
  const texts = [
    'More than 400 residents of Varnok have fled since the siege began in March, the relief agency said.',
    'The Varnok council did not confirm that 1,519 children were among them.',
    'Reporting by Ilse Brandt',
  ];

  beforeAll(() => createDatabase(database));
  afterAll(() => dropDatabase(database));

  const migrate = (migrations: Function[]): Promise<DataSource> => migrateDatabase(database, migrations);

  /** The old `shingles` column: uint32 little-endian. */
  const shingleBytes = (shingles: Uint32Array): Buffer => {
    const bytes = Buffer.alloc(shingles.length * 4);
    shingles.forEach((shingle, i) => bytes.writeUInt32LE(shingle, i * 4));
    return bytes;
  };

  const plain = (claim: RankedClaim) => ({
    shingles: Array.from(claim.shingles),
    negated: claim.negated,
    figures: Array.from(claim.figures),
    story: Array.from(claim.story),
  });

  it('builds packed from shingles, figures, negated and story, drops them, and indexes seq by hash', async () => {
    const signatures = signArticleClaims(texts);
    expect(signatures.some((signature) => signature.figures.includes(Infinity))).toBe(true);
    expect(signatures.some((signature) => signature.negated)).toBe(true);
    expect(signatures.some((signature) => signature.shingles.length === 0)).toBe(true); // the byline: an empty signature

    const before = await migrate(MIGRATIONS.slice(0, MIGRATIONS.indexOf(ClaimSignaturesPacked1796313000000)));
    const [article] = await before.query(
      `INSERT INTO articles (title, body, content_hash, status) VALUES ('Varnok', $1, 'hash-varnok', 'extracted') RETURNING id`,
      [texts.join(' ')],
    );
    const ids: string[] = [];
    for (const [ordinal, text] of texts.entries()) {
      const [claim] = await before.query(
        `INSERT INTO claims (article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state)
         VALUES ($1, $2, $3, $2, $2 + 1, $2, 0.5, true, 'ready') RETURNING id`,
        [article.id, ordinal, text],
      );
      ids.push(claim.id as string);
      const signature = signatures[ordinal]!;
      // As the store wrote them: figures with an unbounded high as 'Infinity', story hashes as signed 32-bit.
      await before.query(
        `INSERT INTO claim_signatures (claim_id, article_id, version, shingles, figures, negated, story)
         VALUES ($1, $2, 6, $3, $4::text::double precision[], $5, $6::int[])`,
        [
          claim.id,
          article.id,
          shingleBytes(signature.shingles),
          `{${Array.from(signature.figures, (value) => (Number.isFinite(value) ? String(value) : 'Infinity')).join(',')}}`,
          signature.negated,
          Array.from(signature.story, (hash) => hash | 0),
        ],
      );
    }
    await before.destroy();

    // Up to this migration: a later signature version's migration drops these older signatures.
    const after = await migrate(MIGRATIONS.slice(0, MIGRATIONS.indexOf(ClaimSignaturesPacked1796313000000) + 1));
    try {
      const rows: Array<{ claim_id: string; packed: Buffer }> = await after.query(`SELECT claim_id, packed FROM claim_signatures`);
      expect(rows).toHaveLength(texts.length);
      for (const row of rows) {
        const signature = signatures[ids.indexOf(row.claim_id)]!;
        expect(plain(rankedClaimFromBytes(row.packed) as RankedClaim)).toEqual(plain(signature));
      }
      const columns = await after.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'claim_signatures' ORDER BY column_name`,
      );
      expect(columns.map((row: { column_name: string }) => row.column_name)).toEqual([
        'article_id',
        'claim_id',
        'packed',
        'seq',
        'version',
      ]);
      const indexes = await after.query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'claim_signatures' ORDER BY indexname`,
      );
      expect(indexes.map((row: { indexdef: string }) => row.indexdef)).toContainEqual(expect.stringContaining('USING hash (seq)'));
    } finally {
      await after.destroy();
    }
  });
});
