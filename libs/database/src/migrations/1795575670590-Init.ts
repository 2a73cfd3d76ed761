import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795575670590 implements MigrationInterface {
  name = 'Init1795575670590';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('reviewer', 'lead', 'admin')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "role" "public"."user_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prefix" text NOT NULL, "secret_hash" bytea NOT NULL, "label" text, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_keys_prefix" ON "api_keys"  ("prefix") `);
    await queryRunner.query(`CREATE TYPE "public"."article_status" AS ENUM('received', 'extracting', 'extracted', 'failed')`);
    await queryRunner.query(
      `CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "body" text NOT NULL, "url" text, "publisher" text, "language" text, "published_at" TIMESTAMP WITH TIME ZONE, "content_hash" text NOT NULL, "status" "public"."article_status" NOT NULL DEFAULT 'received', "extraction_error" text, "extraction_attempts" integer NOT NULL DEFAULT '0', "submitted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "extracted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_articles_url" ON "articles"  ("url") WHERE url IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_articles_content_hash" ON "articles"  ("content_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_articles_status" ON "articles"  ("status") `);
    await queryRunner.query(`CREATE INDEX "idx_articles_created_at_id" ON "articles"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."claim_type" AS ENUM('statistic', 'quote', 'causal', 'prediction', 'event', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."claim_state" AS ENUM('not_checkworthy', 'ready')`);
    await queryRunner.query(
      `CREATE TABLE "claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "ordinal" integer NOT NULL, "text" text NOT NULL, "span_start" integer NOT NULL, "span_end" integer NOT NULL, "sentence_index" integer NOT NULL, "checkworthiness" double precision NOT NULL, "check_worthy" boolean NOT NULL, "type" "public"."claim_type" NOT NULL DEFAULT 'other', "state" "public"."claim_state" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_claims_article_span" UNIQUE ("article_id", "span_start", "span_end"), CONSTRAINT "ck_claims_checkworthiness" CHECK ("checkworthiness" >= 0 AND "checkworthiness" <= 1), CONSTRAINT "ck_claims_span" CHECK ("span_start" >= 0 AND "span_end" > "span_start"), CONSTRAINT "PK_96c91970c0dcb2f69fdccd0a698" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_claims_state" ON "claims"  ("state") `);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_log_entity" ON "audit_log"  ("entity_type", "entity_id") `);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_a3baee01d8408cd3c0f89a9a973" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_fe4b9d2224c5c7021f2358f49c2" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claims" ADD CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_fe4b9d2224c5c7021f2358f49c2"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_a3baee01d8408cd3c0f89a9a973"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_entity"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."idx_claims_state"`);
    await queryRunner.query(`DROP TABLE "claims"`);
    await queryRunner.query(`DROP TYPE "public"."claim_state"`);
    await queryRunner.query(`DROP TYPE "public"."claim_type"`);
    await queryRunner.query(`DROP INDEX "public"."idx_articles_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_articles_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_articles_content_hash"`);
    await queryRunner.query(`DROP INDEX "public"."uq_articles_url"`);
    await queryRunner.query(`DROP TABLE "articles"`);
    await queryRunner.query(`DROP TYPE "public"."article_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_keys_prefix"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}
