import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 7: more units and number spellings in figures (pounds as
 * money, nautical miles, metric tons, gallons, "a year and a half"), converted figures rounded
 * only in the story index, demonyms folded to their countries, -ation nouns to their verbs,
 * "until" as a negation's scope, photo credits out of the story fingerprint and region
 * datelines dropped. Older signatures and their `claim_band_keys` rows go; the worker signs every
 * claim again, article by article (ArticleExtractionService.signUnsigned). Matches already
 * stored stay. No schema change; `down` drops version 7 the same way.
 */
export class ClaimSignaturesV71796312500000 implements MigrationInterface {
  name = 'ClaimSignaturesV71796312500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 7`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 7`);
  }

  /** The older code ignores version 7 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 7`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 7`);
  }
}
