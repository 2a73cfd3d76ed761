import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 21: a bare "ton" is a short, metric or long ton ("11,000 tons" meets "10,000
 * tonnes"); a range of counts is also filed in the story index under its midpoint ("between 40 and 50" / "around 45");
 * "in the 2025-26 season" is dated by its first year, as "in 2027-28" is; a comparison's opening word ("compared with")
 * reaches 60 characters back to the time it dates; one shared share with no shared word is chance within a story too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 21 the
 * same way.
 */
export class ClaimSignaturesV211796315115000 implements MigrationInterface {
  name = 'ClaimSignaturesV211796315115000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 21);
  }

  /** The older code ignores version 21 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 21);
  }
}
