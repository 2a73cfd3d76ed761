import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Article revisions and appearances instead of silent drops:
 * - article_revisions keeps every version's title and body (revision 1 is the original);
 * - article_appearances keeps every URL and publisher the same text was seen at (the
 *   original submission's is the first);
 * - claim_spans keeps each claim's offsets in each revision it is in;
 * - claims gain the revision their offsets belong to, state `withdrawn`, and a flag for
 *   a withdrawn claim that had a published verdict.
 * Existing articles get revision 1 and their first appearance, their claims their spans in it.
 * The content hash is no longer unique per article: submissions look it up among the
 * revisions under an advisory lock (ArticlesService). New foreign keys never cascade a delete.
 */
export class ArticleRevisions1796278421300 implements MigrationInterface {
  name = 'ArticleRevisions1796278421300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."uq_articles_content_hash"
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_articles_content_hash" ON "articles" ("content_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP CONSTRAINT "uq_claims_article_span"
        `);
    await queryRunner.query(`
            CREATE TABLE "article_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "article_id" uuid NOT NULL,
                "revision" integer NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "content_hash" text NOT NULL,
                "url" text,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "submitted_by" uuid,
                "extracted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_article_revisions_article_revision" UNIQUE ("article_id", "revision"),
                CONSTRAINT "PK_e5a3375569c46d93baa9fe4bfe4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_article_revisions_content_hash" ON "article_revisions" ("content_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "article_appearances" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "article_id" uuid NOT NULL,
                "url" text,
                "publisher" text,
                "title" text NOT NULL,
                "revision" integer NOT NULL,
                "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "submitted_by" uuid,
                CONSTRAINT "PK_c9e52c2c1932df93095204c4f10" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_article_appearances_article" ON "article_appearances" ("article_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_article_appearances_url" ON "article_appearances" ("url")
            WHERE url IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "claim_spans" (
                "revision_id" uuid NOT NULL,
                "claim_id" uuid NOT NULL,
                "ordinal" integer NOT NULL,
                "text" text NOT NULL,
                "span_start" integer NOT NULL,
                "span_end" integer NOT NULL,
                CONSTRAINT "uq_claim_spans_revision_span" UNIQUE ("revision_id", "span_start", "span_end"),
                CONSTRAINT "PK_993434a8c39e5fa91fba0debdf0" PRIMARY KEY ("revision_id", "claim_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_claim_spans_claim" ON "claim_spans" ("claim_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "articles"
            ADD "revision" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "revision" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "withdrawn_in_revision" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD "published_verdict_withdrawn" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."claim_state"
            ADD VALUE 'withdrawn'
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_claims_published_verdict_withdrawn" ON "claims" ("created_at", "id")
            WHERE published_verdict_withdrawn
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD CONSTRAINT "uq_claims_article_revision_span" UNIQUE (
                    "article_id",
                    "revision",
                    "span_start",
                    "span_end"
                )
        `);
    await queryRunner.query(`
            INSERT INTO "article_revisions" ("article_id", "revision", "title", "body", "content_hash", "url", "received_at", "submitted_by", "extracted_at")
            SELECT "id", 1, "title", "body", "content_hash", "url", "created_at", "submitted_by", "extracted_at" FROM "articles"
        `);
    await queryRunner.query(`
            INSERT INTO "article_appearances" ("article_id", "url", "publisher", "title", "revision", "first_seen_at", "submitted_by")
            SELECT "id", "url", "publisher", "title", 1, "created_at", "submitted_by" FROM "articles"
        `);
    await queryRunner.query(`
            INSERT INTO "claim_spans" ("revision_id", "claim_id", "ordinal", "text", "span_start", "span_end")
            SELECT r."id", c."id", c."ordinal", c."text", c."span_start", c."span_end"
              FROM "claims" c JOIN "article_revisions" r ON r."article_id" = c."article_id" AND r."revision" = 1
        `);
    await queryRunner.query(`
            ALTER TABLE "article_revisions"
            ADD CONSTRAINT "FK_d710c0a22d74814285c06f8994d" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "article_revisions"
            ADD CONSTRAINT "FK_9a65c4aa90807f7ab182533a651" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "article_appearances"
            ADD CONSTRAINT "FK_b88f7f3d009a4b832640f8ca0ee" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "article_appearances"
            ADD CONSTRAINT "FK_8fbd3e51880239570418d42faa8" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_spans"
            ADD CONSTRAINT "FK_e0cd841230bd9a79f68959feccb" FOREIGN KEY ("revision_id") REFERENCES "article_revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_spans"
            ADD CONSTRAINT "FK_3621ca2260eef1255e033ad2548" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "claim_spans" DROP CONSTRAINT "FK_3621ca2260eef1255e033ad2548"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_spans" DROP CONSTRAINT "FK_e0cd841230bd9a79f68959feccb"
        `);
    await queryRunner.query(`
            ALTER TABLE "article_appearances" DROP CONSTRAINT "FK_8fbd3e51880239570418d42faa8"
        `);
    await queryRunner.query(`
            ALTER TABLE "article_appearances" DROP CONSTRAINT "FK_b88f7f3d009a4b832640f8ca0ee"
        `);
    await queryRunner.query(`
            ALTER TABLE "article_revisions" DROP CONSTRAINT "FK_9a65c4aa90807f7ab182533a651"
        `);
    await queryRunner.query(`
            ALTER TABLE "article_revisions" DROP CONSTRAINT "FK_d710c0a22d74814285c06f8994d"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP CONSTRAINT "uq_claims_article_revision_span"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_claims_published_verdict_withdrawn"
        `);
    // PostgreSQL cannot drop an enum value: the type is rebuilt, withdrawn claims put aside as pulled.
    await queryRunner.query(`
            UPDATE "claims" SET "state" = 'pulled', "pulled_reason" = coalesce("pulled_reason", 'withdrawn by an article revision') WHERE "state" = 'withdrawn'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."claim_state_old" AS ENUM(
                'not_checkworthy',
                'ready',
                'leased',
                'reviewed',
                'pulled'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ALTER COLUMN "state" TYPE "public"."claim_state_old" USING "state"::"text"::"public"."claim_state_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."claim_state"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."claim_state_old"
            RENAME TO "claim_state"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "published_verdict_withdrawn"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "withdrawn_in_revision"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP COLUMN "revision"
        `);
    await queryRunner.query(`
            ALTER TABLE "articles" DROP COLUMN "revision"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_claim_spans_claim"
        `);
    await queryRunner.query(`
            DROP TABLE "claim_spans"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_article_appearances_url"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_article_appearances_article"
        `);
    await queryRunner.query(`
            DROP TABLE "article_appearances"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_article_revisions_content_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "article_revisions"
        `);
    // Fails where a withdrawn claim and a newer one share a span: revisions cannot be folded back into one text.
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD CONSTRAINT "uq_claims_article_span" UNIQUE ("article_id", "span_start", "span_end")
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_articles_content_hash"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_articles_content_hash" ON "articles" USING btree ("content_hash")
        `);
  }
}
