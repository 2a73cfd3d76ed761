import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 13: a long speaker in capitals before "said" ("Group Manager Name
 * Surname of the County Fire and Rescue Service said …") goes with the attribution; a count carries what
 * it counts ("41 pupils", "41 of its staff") and a claim opening "the boiler had …" its subject noun,
 * packed after the figures as keys of the noun and the nouns it is a kind of, so that one number counting
 * two things across stories, or two claims about two things sharing no number, are not linked. Older
 * signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change (the `packed`
 * column holds version 13 as it held version 12); `down` drops version 13 the same way.
 */
export class ClaimSignaturesV131796314200000 implements MigrationInterface {
  name = 'ClaimSignaturesV131796314200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 13`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 13`);
  }

  /** The older code ignores version 13 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 13`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 13`);
  }
}
