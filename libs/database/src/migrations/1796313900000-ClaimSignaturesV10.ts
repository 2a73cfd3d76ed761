import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 10: a share is filed in the story index under the 2-point
 * bands its values reach (a fraction word meets the percentage it rounds: "more than
 * three-quarters" / "76 percent"), an amount written with a scale word allows its rounding
 * ("£1.2bn" / "£1,214 million"), "one in every 12" is a share, "nearly half" reaches up to 50 %
 * and not past it, a change "on a year earlier" is no time frame and "the report of March 2023"
 * is one, and a claim's numbers are filed under its story's four leading names (three before).
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again,
 * article by article (ArticleExtractionService.signUnsigned). Matches already stored stay. No
 * schema change (the `packed` column holds version 10 as it held version 9); `down` drops
 * version 10 the same way.
 */
export class ClaimSignaturesV101796313900000 implements MigrationInterface {
  name = 'ClaimSignaturesV101796313900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 10`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 10`);
  }

  /** The older code ignores version 10 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 10`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 10`);
  }
}
