import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim signatures in one bytea, `packed` (the engine's rankedClaimToBytes), instead of four
 * columns (shingles, figures, negated, story): a candidate's signature is one value to fetch
 * and read at offsets, and its row is smaller. `seq` gets a hash index instead of the unique
 * btree (the identity keeps it unique; a lookup probes one seq at a time, a bucket page against
 * three btree levels at a million claims).
 *
 * `packed` is built here in SQL from the old columns' bytes (nothing about signatures is
 * computed, so whatever signature version the rows hold carries over): a flags byte (negated),
 * the figure and story counts (uint16 big-endian), the figures as float8send writes them, the
 * story hashes as int4send writes them, then the shingle bytes as they were. It is built by the
 * same ALTER TABLE that drops the old columns, so the table is rewritten once, without them.
 *
 * `down` cannot read packed back into arrays in SQL: it drops the signatures and band keys and
 * restores the old columns and index, and the older code signs every claim again
 * (ArticleExtractionService.signUnsigned), as the version migrations do.
 */
export class ClaimSignaturesPacked1796313000000 implements MigrationInterface {
  name = 'ClaimSignaturesPacked1796313000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE FUNCTION "pg_temp"."claim_signature_packed"(negated boolean, figures double precision[], story integer[], shingles bytea)
            RETURNS bytea LANGUAGE sql IMMUTABLE STRICT AS $$
              SELECT set_byte('\\x00'::bytea, 0, negated::int)
                  || int2send(cardinality(figures)::smallint) || int2send(cardinality(story)::smallint)
                  || coalesce((SELECT string_agg(float8send(v), ''::bytea ORDER BY i) FROM unnest(figures) WITH ORDINALITY AS f(v, i)), '')
                  || coalesce((SELECT string_agg(int4send(h), ''::bytea ORDER BY i) FROM unnest(story) WITH ORDINALITY AS s(h, i)), '')
                  || shingles
            $$`);
    await queryRunner.query(`DROP INDEX "public"."uq_claim_signatures_seq"`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "packed" bytea`);
    await queryRunner.query(`
            ALTER TABLE "claim_signatures"
              ALTER COLUMN "packed" TYPE bytea USING "pg_temp"."claim_signature_packed"("negated", "figures", "story", "shingles"),
              ALTER COLUMN "packed" SET NOT NULL,
              DROP COLUMN "shingles", DROP COLUMN "figures", DROP COLUMN "negated", DROP COLUMN "story"`);
    await queryRunner.query(`DROP FUNCTION "pg_temp"."claim_signature_packed"`);
    await queryRunner.query(`CREATE INDEX "idx_claim_signatures_seq" ON "claim_signatures" USING hash ("seq")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys"`);
    await queryRunner.query(`DELETE FROM "claim_signatures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_claim_signatures_seq"`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" DROP COLUMN "packed"`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "shingles" bytea NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "figures" double precision array NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "negated" boolean NOT NULL`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "story" integer array NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_claim_signatures_seq" ON "claim_signatures" ("seq")`);
  }
}
