import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 4 (round shares such as 40 percent weighed as common
 * numbers, an opening negation no name, and an empty signature for a claim without checkable
 * content: boilerplate or fewer than three words). Every claim is signed now, not only
 * check-worthy ones. Signatures of earlier versions are not comparable, and their band keys
 * would file claims under keys no new claim produces. Both go; the worker signs every claim
 * again with its new band keys (ArticleExtractionService.signUnsigned, called by the
 * reconciliation until it returns 0), the claims that were never signed (not check-worthy)
 * included. Matches already stored stay. No schema change; `down` drops version 4 the same way.
 */
export class ClaimSignaturesV41796309000000 implements MigrationInterface {
  name = 'ClaimSignaturesV41796309000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 4`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 4`);
  }

  /** The older code ignores version 4 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 4`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 4`);
  }
}
