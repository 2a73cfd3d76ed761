import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 16: an irregular verb form is its verb ("taken" / "took", "driven" / "drove",
 * "rebuilt"), by WordNet's verb exception list as wink-nlp's lemmatizer reads it; a few whole units ("3km", "a 2-mile
 * stretch") allow the rounding of another outlet's conversion; a name of three words or more is also its initials ("PWS");
 * a name set off after a trailing "according to …" goes with it. Older signatures and their `claim_band_keys` rows go; the
 * worker signs every claim again, article by article (ArticleExtractionService.signUnsigned). Matches already stored
 * stay. No schema change (the `packed` column holds version 16 as it held version 15); `down` drops version 16 the same
 * way.
 */
export class ClaimSignaturesV161796314500000 implements MigrationInterface {
  name = 'ClaimSignaturesV161796314500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 16`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 16`);
  }

  /** The older code ignores version 16 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 16`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 16`);
  }
}
