import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 6: a claim's figures also hold the time frames it places
 * what it reports in ("in March", "last year", "two years ago"; matching/when.ts), which ranking
 * compares (one placed at a time the other does not share is another event: not lifted within a
 * story, scaled down and never confirmed); an age is a count, a range of two years the two
 * years, "annual"/"daily"/"weekly"/"monthly" rates, "€2.3million" money, and more attribution is
 * stripped. Older signatures and their `claim_band_keys` rows go; the worker signs every claim
 * again, article by article (ArticleExtractionService.signUnsigned, called by the reconciliation
 * until it returns 0). Matches already stored stay. No schema change; `down` drops version 6 the
 * same way.
 */
export class ClaimSignaturesV61796311000000 implements MigrationInterface {
  name = 'ClaimSignaturesV61796311000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 6`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 6`);
  }

  /** The older code ignores version 6 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 6`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 6`);
  }
}
