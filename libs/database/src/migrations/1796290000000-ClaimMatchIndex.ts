import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's stored index (issue 15). Band keys move from a text[] with a GIN index
 * (one array-overlap query for all of an article's keys, `LIMIT 5000` with no order) to
 * `claim_band_keys`: one row per band key, its primary key (band_key, seq) the index, so a
 * lookup is one backward range scan per band, newest first, bounded by the engine-side cap.
 * Signatures keep only what ranking needs (packed shingles, figures, polarity) with the
 * claim's article, so ranking a candidate is one probe by `seq` and no JSON.
 * Signatures of version 1 are not comparable with version 2 (figures, synonyms): they are
 * dropped here and the worker signs those claims again (ArticleExtractionService.signUnsigned).
 * A reviewer's decision on a match is kept (`decided_by`, `decided_at`); `rejected` becomes
 * `dismissed`, the word the API uses.
 */
export class ClaimMatchIndex1796290000000 implements MigrationInterface {
  name = 'ClaimMatchIndex1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_signatures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_claim_signatures_band_keys"`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" DROP COLUMN "signature"`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" DROP COLUMN "band_keys"`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "article_id" uuid NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "version" smallint NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "shingles" bytea NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "figures" double precision array NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "negated" boolean NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_claim_signatures_seq" ON "claim_signatures" ("seq")`);
    await queryRunner.query(`
            CREATE TABLE "claim_band_keys" (
                "band_key" bigint NOT NULL,
                "seq" bigint NOT NULL,
                CONSTRAINT "pk_claim_band_keys" PRIMARY KEY ("band_key", "seq")
            )
        `);
    await queryRunner.query(`ALTER TYPE "public"."claim_match_status" RENAME VALUE 'rejected' TO 'dismissed'`);
    await queryRunner.query(`ALTER TABLE "claim_matches" ADD "decided_by" uuid`);
    await queryRunner.query(`ALTER TABLE "claim_matches" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claim_matches" DROP COLUMN "decided_at"`);
    await queryRunner.query(`ALTER TABLE "claim_matches" DROP COLUMN "decided_by"`);
    await queryRunner.query(`ALTER TYPE "public"."claim_match_status" RENAME VALUE 'dismissed' TO 'rejected'`);
    await queryRunner.query(`DROP TABLE "claim_band_keys"`);
    await queryRunner.query(`DELETE FROM "claim_signatures"`);
    await queryRunner.query(`DROP INDEX "public"."uq_claim_signatures_seq"`);
    for (const column of ['negated', 'figures', 'shingles', 'version', 'article_id', 'seq']) {
      await queryRunner.query(`ALTER TABLE "claim_signatures" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "band_keys" text array NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "signature" jsonb NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_claim_signatures_band_keys" ON "claim_signatures" USING GIN ("band_keys")`);
  }
}
