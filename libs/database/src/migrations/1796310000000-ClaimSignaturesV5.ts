import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 5: each claim carries the story fingerprint of its
 * article (the leading names of all its claims, hashed: `story`), which ranking compares (claims
 * of articles that name nothing in common are scaled down and never confirmed), and its numbers
 * are filed under the story's leading names as extra band keys. Older signatures have no
 * fingerprint and lack those keys: they and their `claim_band_keys` rows go, and the worker signs
 * every claim again, article by article (ArticleExtractionService.signUnsigned, called by the
 * reconciliation until it returns 0). Matches already stored stay. `down` drops version 5 the
 * same way and the column.
 */
export class ClaimSignaturesV51796310000000 implements MigrationInterface {
  name = 'ClaimSignaturesV51796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 5`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 5`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "story" integer array NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 5`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 5`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" DROP COLUMN "story"`);
  }
}
