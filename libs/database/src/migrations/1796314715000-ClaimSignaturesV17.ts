import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 17: the day of a date ("3 March", "June 1") is a date figure and no words, as a
 * weekday is none, where it was a bare number that "No 10" or another date's day contradicted; a year is a figure of its own
 * measure, and "last year" / "the year before" one that any year agrees with; a share of a whole the claim counts ("a
 * quarter of its 400 staff") also states the count of the part (100), filed under it in the story index; "pounds of
 * taxpayers' money" is money; "over the next decade" a span; a capitalised "No" before a number no negation; "X told Y
 * that it …" keeps X; "a probe" is investigate; verbs WordNet groups only as verbs fold into their synonym ("halt" / stop,
 * "slash" / cut). Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by
 * article (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change (the `packed` column and
 * `figure_ranges` hold version 17 as they held version 16); `down` drops version 17 the same way.
 */
export class ClaimSignaturesV171796314715000 implements MigrationInterface {
  name = 'ClaimSignaturesV171796314715000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 17`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 17`);
  }

  /** The older code ignores version 17 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 17`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 17`);
  }
}
