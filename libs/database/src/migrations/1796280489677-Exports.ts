import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports written by workers (POST /api/exports): the row outlives its file; its requester
 * may not be deleted while it exists (RESTRICT). Plus the reports' summary indexes: the
 * publications of a date range, and conflicts open now.
 */
export class Exports1796280489677 implements MigrationInterface {
  name = 'Exports1796280489677';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."export_status" AS ENUM(
                'queued',
                'running',
                'completed',
                'failed',
                'expired'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "exports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "requested_by" uuid NOT NULL,
                "format" text NOT NULL,
                "filters" jsonb NOT NULL,
                "status" "public"."export_status" NOT NULL DEFAULT 'queued',
                "rows_done" integer NOT NULL DEFAULT '0',
                "rows_total" integer,
                "file_name" text,
                "bytes" bigint,
                "error" text,
                "attempts" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "failed_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "expired_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_exports_rows" CHECK (
                    "rows_done" >= 0
                    AND (
                        "rows_total" IS NULL
                        OR "rows_total" >= 0
                    )
                ),
                CONSTRAINT "PK_bcf8528d214cbfc68c01f337511" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_exports_expiry" ON "exports" ("expires_at")
            WHERE status = 'completed'
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_exports_pending" ON "exports" ("created_at")
            WHERE status IN ('queued', 'running')
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_exports_requested_by" ON "exports" ("requested_by", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_conflicts_open" ON "conflicts" ("status")
            WHERE status IN ('proposed', 'confirmed')
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_verdicts_published_at" ON "verdicts" ("published_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "exports"
            ADD CONSTRAINT "FK_82fbfceb735f3dd721154759258" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "exports" DROP CONSTRAINT "FK_82fbfceb735f3dd721154759258"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_verdicts_published_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_conflicts_open"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_exports_requested_by"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_exports_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_exports_expiry"
        `);
    await queryRunner.query(`
            DROP TABLE "exports"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."export_status"
        `);
  }
}
