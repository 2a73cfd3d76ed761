import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storage settings of claim matching's two tables; no column or key changes.
 *
 * `idx_claim_signatures_seq` is rebuilt with fillfactor 50 (the default is 75). A hash index
 * grows by splitting one bucket at a time (linear hashing), so until a round of splits ends the
 * buckets not yet split hold up to twice the fill factor's share: at 75 that is more than a page
 * holds, and such a bucket chains overflow pages, which every probe of it reads (a hash index
 * probe reads the whole bucket). Grown by inserts to 1M seqs, the index held 3,258 bucket pages and
 * 837 overflow pages at 75 (37 MB) and 4,902 bucket pages and none at 50 (40 MB); at 2M 1,677
 * against 0 (73 and 81 MB). A candidate's fetch is then one bucket page and its heap page.
 *
 * `claim_band_keys` is vacuumed after every 100,000 inserted rows (about 2,700 claims) instead of
 * after a fifth of the table (7.4 million rows at a million claims): a lookup probes each bucket
 * newest first with an index-only scan, which reads the heap for every row on a page the
 * visibility map does not yet mark all-visible, and the newest rows are the ones a probe returns
 * first. Vacuuming an insert-only table visits only the pages not yet all-visible.
 */
export class ClaimMatchStorage1796313600000 implements MigrationInterface {
  name = 'ClaimMatchStorage1796313600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_claim_signatures_seq"`);
    await queryRunner.query(`CREATE INDEX "idx_claim_signatures_seq" ON "claim_signatures" USING hash ("seq") WITH (fillfactor = 50)`);
    await queryRunner.query(
      `ALTER TABLE "claim_band_keys" SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 100000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "claim_band_keys" RESET (autovacuum_vacuum_insert_scale_factor, autovacuum_vacuum_insert_threshold)`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_claim_signatures_seq"`);
    await queryRunner.query(`CREATE INDEX "idx_claim_signatures_seq" ON "claim_signatures" USING hash ("seq")`);
  }
}
