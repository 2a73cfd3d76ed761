import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 8: more units in figures ("80km/h" as a speed, megalitres,
 * a fortnight as two weeks) and two-word WordNet lemmas read as the single word they restate
 * ("crew member" / crewman, "gave way" / collapsed). Older signatures and their `claim_band_keys`
 * rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change (the
 * `packed` column holds version 8 as it held version 7); `down` drops version 8 the same way.
 */
export class ClaimSignaturesV81796313700000 implements MigrationInterface {
  name = 'ClaimSignaturesV81796313700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 8`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 8`);
  }

  /** The older code ignores version 8 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 8`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 8`);
  }
}
