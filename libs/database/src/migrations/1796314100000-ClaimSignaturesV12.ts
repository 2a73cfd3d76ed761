import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 12: a share or points figure stated as a change carries its
 * direction ("rose by 30 percent" / "fell by 30 percent", "a 14% drop", "6% lower", "halved"),
 * packed as a signed figure of its own, so that a rise and a fall of the same size conflict and
 * are never linked; a temperature is one figure however its unit is written ("44C", "44°C", "44
 * degrees Celsius", Celsius as bare "degrees"; "-3C" and "minus three degrees" below zero); a role
 * given after a trailing "said Name" (", a spokeswoman for …", ", Director of … at …") and a frame
 * of naming ("X called it …") go with the attribution; three common numbers are filed as each of
 * their pairs in the story band keys. Older signatures and their
 * `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change (the
 * `packed` column holds version 12 as it held version 11); `down` drops version 12 the same way.
 */
export class ClaimSignaturesV121796314100000 implements MigrationInterface {
  name = 'ClaimSignaturesV121796314100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 12`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 12`);
  }

  /** The older code ignores version 12 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 12`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 12`);
  }
}
