import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 22: the quantities a signature's figures come from read "cubic metres" ("cu ft",
 * "500-cubic-metre", "m³") as volumes, not as a count of metres, and "45 kilometres an hour" / "30 miles per hour" as
 * speeds, not lengths (branch conflicts20). Older signatures and their `claim_band_keys` rows go; the worker signs every
 * claim again, article by article (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change;
 * `down` drops version 22 the same way.
 */
export class ClaimSignaturesV221796315215000 implements MigrationInterface {
  name = 'ClaimSignaturesV221796315215000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 22);
  }

  /** The older code ignores version 22 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 22);
  }
}
