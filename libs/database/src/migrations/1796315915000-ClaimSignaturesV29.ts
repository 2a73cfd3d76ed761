import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 29 (matching27):
 * - "more than halved" / "nearly halved" are a fall of half or more / of up to half, as "more than doubled" is a rise;
 * - a share read from two counts ("58 of the 120 seats") keeps both counts as figures of the claim;
 * - an exact amount and the same amount rounded or written to another scale ("2,947" / "nearly 3,000", "EUR 1,184
 *   million" / "€1.18bn") weigh as a distinctive number.
 * The same round's attribution changes also move some claims' texts; this re-signing covers them too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 29 the
 * same way.
 */
export class ClaimSignaturesV291796315915000 implements MigrationInterface {
  name = 'ClaimSignaturesV291796315915000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 29);
  }

  /** The older code ignores version 29 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 29);
  }
}
