import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 3 (parts of a whole and "by a quarter" as shares, "every
 * day" as one day, phrasal verbs and nouns kept whole in the WordNet groups, half and a quarter
 * weighed as common numbers, a claim's first word no name when it is an inflected common word):
 * signatures of earlier versions are not comparable, and their band keys would file claims
 * under keys no new claim produces. Both go; the worker signs those claims again with their
 * new band keys (ArticleExtractionService.signUnsigned, called by the reconciliation until it
 * returns 0). Matches already stored stay. No schema change; `down` drops version 3 the same way.
 */
export class ClaimSignaturesV31796291000000 implements MigrationInterface {
  name = 'ClaimSignaturesV31796291000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 3`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 3`);
  }

  /** The older code ignores version 3 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 3`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 3`);
  }
}
