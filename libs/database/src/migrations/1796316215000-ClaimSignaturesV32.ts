import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 32 (matching30):
 * - a month told with its year and the same month told without one are the same time; months of different years
 *   still differ;
 * - the season worked out from a dated month counts as that month;
 * - two shares compared as levels ("from 41% to 47%") imply their difference in points, and a bare "N points" beside a
 *   share is read as points;
 * - the time after ", against …" belongs to the earlier figure, and an accounts' bracketed earlier year is a baseline.
 * The same round's attribution and check-worthiness changes also move some claims' texts; this re-signing covers them
 * too. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 32 the
 * same way.
 */
export class ClaimSignaturesV321796316215000 implements MigrationInterface {
  name = 'ClaimSignaturesV321796316215000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 32);
  }

  /** The older code ignores version 32 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 32);
  }
}
