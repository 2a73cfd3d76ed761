import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lookups that read a whole table, and so slowed down with every claim ever reviewed
 * (test/history-scaling.e2e-spec.ts finds them from the plans PostgreSQL uses):
 * - a claim's newest lease, ended or not, which every reviewer action checks (the
 *   existing lease indexes cover only open leases);
 * - the claims list, newest first;
 * - the queue stats' last 30 days of submitted verdicts.
 */
export class IndexesForLongHistory1795609024453 implements MigrationInterface {
  name = 'IndexesForLongHistory1795609024453';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "idx_claims_created_at_id" ON "claims" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_claim_leases_claim_acquired" ON "claim_leases" ("claim_id", "acquired_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_verdicts_submitted_at" ON "verdicts" ("submitted_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."idx_verdicts_submitted_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_claim_leases_claim_acquired"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_claims_created_at_id"
        `);
  }
}
