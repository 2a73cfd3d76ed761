import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 11: a time of day is one figure on a 12-hour dial ("shortly
 * before 21:00" / "a little before nine o'clock", "until 12:00" / "until noon"), not the counts 21
 * and 0; a figure compared "in comparison with" or "as against" a time is no time frame; "told our
 * reporter that …" loses its audience with its attribution; and a capitalised rare animal or
 * plant word of WordNet ("Kestrel Airport") is a name of the story; a verb before "to"
 * is no two-word lemma ("taken to hospital"). Older signatures
 * and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change (the
 * `packed` column holds version 11 as it held version 10); `down` drops version 11 the same way.
 */
export class ClaimSignaturesV111796314000000 implements MigrationInterface {
  name = 'ClaimSignaturesV111796314000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 11`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 11`);
  }

  /** The older code ignores version 11 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 11`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 11`);
  }
}
