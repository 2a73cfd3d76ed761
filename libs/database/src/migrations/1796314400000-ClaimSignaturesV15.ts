import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim matching's signatures version 15: a bare "50m" is a distance when the words around it say so ("under 50m from
 * the edge", "bored 30m into", "the 48m section"), not 50 million; a verb or noun of change ("fell" / "dropped", "rose" /
 * "climbed" / "soared") is one token per direction. Older signatures and their `claim_band_keys` rows go; the worker
 * signs every claim again, article by article (ArticleExtractionService.signUnsigned). Matches already stored stay. No
 * schema change (the `packed` column holds version 15 as it held version 14); `down` drops version 15 the same way.
 */
export class ClaimSignaturesV151796314400000 implements MigrationInterface {
  name = 'ClaimSignaturesV151796314400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < 15`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < 15`);
  }

  /** The older code ignores version 15 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= 15`);
    await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= 15`);
  }
}
