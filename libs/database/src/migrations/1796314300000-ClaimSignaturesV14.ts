import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 14: a temperature in Fahrenheit is the Celsius figure it states
 * ("103F" / "39.4C"), and temperatures are filed in the story index under the whole degrees they reach;
 * more nouns of an action fold into their verb ("collision" / collided, "approval" / approved); a claim is
 * also filed under up to two names it states besides its story's leading ones ("from Rotterdam to
 * Tromsø"); a change's word ("rose") gives way to its figure's direction; "over the past decade" is a
 * span, "in the summer of 2003" a time frame "in August 2003" shares. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again,
 * article by article (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema
 * change (the `packed` column holds version 14 as it held version 13); `down` drops version 14 the same way.
 */
export class ClaimSignaturesV141796314300000 implements MigrationInterface {
  name = 'ClaimSignaturesV141796314300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 14`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 14`);
  }

  /** The older code ignores version 14 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 14`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 14`);
  }
}
