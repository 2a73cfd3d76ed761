import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 9: stories told apart by their own names (capitalised
 * common words such as "Defence" or "Road", first names and bylines no longer make two articles
 * one story), a decade spelled out ("the nineties") read as its digits, "In the capital, …" and
 * "In neighbouring …" read as another population. Older signatures and their `claim_band_keys`
 * rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change (the
 * `packed` column holds version 9 as it held version 8); `down` drops version 9 the same way.
 */
export class ClaimSignaturesV91796313800000 implements MigrationInterface {
  name = 'ClaimSignaturesV91796313800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 9`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 9`);
  }

  /** The older code ignores version 9 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 9`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 9`);
  }
}
