import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 38 (matching37; pair15):
 * - four names shared by two articles make one story whichever leads (a club by its nickname in one, by town and
 *   nickname in the other);
 * - "born in YYYY" is no time frame of the claim; in a dated article it gives the age reached that year;
 * - "a week earlier", "three days before" are another event's time; a bill passed reads as approved, legislation as a bill;
 * - plurals in "-uses" ("buses", "campuses") keep their stem in counted things.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 38 the
 * same way.
 */
export class ClaimSignaturesV381796316815000 implements MigrationInterface {
  name = 'ClaimSignaturesV381796316815000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 38);
  }

  /** The older code ignores version 38 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 38);
  }
}
