import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims of an article in a language outside SUPPORTED_LANGUAGES: stored and extracted,
 * never queued (neither lease_next_claim nor reconciliation takes anything but
 * `ready`), until a lead puts one in the queue by hand.
 */
export class ClaimStateUnsupportedLanguage1796278651872 implements MigrationInterface {
  name = 'ClaimStateUnsupportedLanguage1796278651872';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TYPE "public"."claim_state"
            ADD VALUE 'unsupported_language'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: such claims become "not_checkworthy" (kept, not queued) and the type is rebuilt without it.
    await queryRunner.query(`
            UPDATE "claims" SET "state" = 'not_checkworthy' WHERE "state" = 'unsupported_language'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."claim_state_old" AS ENUM('not_checkworthy', 'ready', 'leased', 'reviewed', 'pulled', 'withdrawn')
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
  }
}
