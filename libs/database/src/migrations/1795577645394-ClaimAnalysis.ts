import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimAnalysis1795577645394 implements MigrationInterface {
  name = 'ClaimAnalysis1795577645394';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."source_kind" AS ENUM(
                'government',
                'military',
                'media',
                'ngo',
                'intergovernmental',
                'person'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sources" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "name" text NOT NULL,
                "kind" "public"."source_kind" NOT NULL,
                "country" character(2),
                "aliases" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sources_slug" ON "sources" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "claim_signatures" (
                "claim_id" uuid NOT NULL,
                "signature" jsonb NOT NULL,
                "band_keys" text array NOT NULL,
                CONSTRAINT "PK_0421e57d2b9d5b673c39baa79ae" PRIMARY KEY ("claim_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."claim_match_status" AS ENUM('suggested', 'confirmed', 'rejected')
        `);
    await queryRunner.query(`
            CREATE TABLE "claim_matches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "claim_id" uuid NOT NULL,
                "matched_claim_id" uuid NOT NULL,
                "similarity" double precision NOT NULL,
                "status" "public"."claim_match_status" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_claim_matches_pair" UNIQUE ("claim_id", "matched_claim_id"),
                CONSTRAINT "PK_d2d7c468f9ea613c74d5480301e" PRIMARY KEY ("id")
            )
        `);
    // Written by hand: TypeORM cannot declare a GIN index. It makes band-key overlap (&&) an index lookup.
    await queryRunner.query(`CREATE INDEX "idx_claim_signatures_band_keys" ON "claim_signatures" USING GIN ("band_keys")`);
    await queryRunner.query(`
            CREATE INDEX "idx_claim_matches_matched" ON "claim_matches" ("matched_claim_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."conflict_status" AS ENUM('proposed', 'confirmed', 'dismissed')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."conflict_origin" AS ENUM('extraction', 'evidence', 'manual')
        `);
    await queryRunner.query(`
            CREATE TABLE "conflicts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "article_id" uuid,
                "description" text NOT NULL,
                "status" "public"."conflict_status" NOT NULL DEFAULT 'proposed',
                "origin" "public"."conflict_origin" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a1b90d7fdf566d825842f26cf86" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_conflicts_article" ON "conflicts" ("article_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "conflict_sides" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "conflict_id" uuid NOT NULL,
                "source_id" uuid,
                "source_name" text NOT NULL,
                "claim_id" uuid,
                "position" text NOT NULL,
                CONSTRAINT "PK_cfb7e40509f0007dc07605edc3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_conflict_sides_conflict" ON "conflict_sides" ("conflict_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_conflict_sides_claim" ON "conflict_sides" ("claim_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "articles"
            ADD "detected_language" text
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "quote_id" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "attribution" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "source_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "outlet_source_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "entities" jsonb NOT NULL DEFAULT '[]'::jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "quantities" jsonb NOT NULL DEFAULT '[]'::jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_log"
            ALTER COLUMN "details"
            SET DEFAULT '{}'::jsonb
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_claims_source" ON "claims" ("source_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD CONSTRAINT "FK_5a5e688b25182c70e5601e23773" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD CONSTRAINT "FK_55502ab43d36eb71d66cd1f32e3" FOREIGN KEY ("outlet_source_id") REFERENCES "sources"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_signatures"
            ADD CONSTRAINT "FK_0421e57d2b9d5b673c39baa79ae" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches"
            ADD CONSTRAINT "FK_e69009accb115799fe64fcb8e25" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches"
            ADD CONSTRAINT "FK_7e54b2e961412d7dcf3c5f839b2" FOREIGN KEY ("matched_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD CONSTRAINT "FK_7eb22cb9e89ce151b0e194f5c9e" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_4a3d83fa2d2dcfbe55991e5f273" FOREIGN KEY ("conflict_id") REFERENCES "conflicts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_e2f6ad642523aab6b9cb15b81c3" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_61ecf168a210fdb546fe67cb61e" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_claim_signatures_band_keys"`);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_61ecf168a210fdb546fe67cb61e"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_e2f6ad642523aab6b9cb15b81c3"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_4a3d83fa2d2dcfbe55991e5f273"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP CONSTRAINT "FK_7eb22cb9e89ce151b0e194f5c9e"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches" DROP CONSTRAINT "FK_7e54b2e961412d7dcf3c5f839b2"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches" DROP CONSTRAINT "FK_e69009accb115799fe64fcb8e25"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_signatures" DROP CONSTRAINT "FK_0421e57d2b9d5b673c39baa79ae"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP CONSTRAINT "FK_55502ab43d36eb71d66cd1f32e3"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP CONSTRAINT "FK_5a5e688b25182c70e5601e23773"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_claims_source"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_log"
            ALTER COLUMN "details"
            SET DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "quantities"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "entities"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "outlet_source_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "source_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "attribution"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "quote_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "articles" DROP COLUMN "detected_language"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_conflict_sides_claim"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_conflict_sides_conflict"
        `);
    await queryRunner.query(`
            DROP TABLE "conflict_sides"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_conflicts_article"
        `);
    await queryRunner.query(`
            DROP TABLE "conflicts"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."conflict_origin"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."conflict_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_claim_matches_matched"
        `);
    await queryRunner.query(`
            DROP TABLE "claim_matches"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."claim_match_status"
        `);
    await queryRunner.query(`
            DROP TABLE "claim_signatures"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_sources_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "sources"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."source_kind"
        `);
  }
}
