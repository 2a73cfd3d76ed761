import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 28 (matching26):
 * - a circa glued to its number ("c.9,000", "approx.2,000", "ca.40") or with its stop ("ca. 40") is read as "about" by
 *   the quantities scanner itself, so every part of the engine sees it;
 * - a social-media thread's post number ("3/ …") is neither a figure nor a word of the claim;
 * - "the loss of 14 ranger jobs" is a cut; "signed off" is "approved";
 * - "more than 14,000" / "fewer than 450" are filed under nearby round values too;
 * - a season ("2025-26") is dated by its first year; the year a change is measured against is its own measure;
 * - a neighbour or rival as the subject is another body.
 * The same round's attribution changes also move some claims' texts; this re-signing covers them too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 28 the
 * same way.
 */
export class ClaimSignaturesV281796315815000 implements MigrationInterface {
  name = 'ClaimSignaturesV281796315815000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 28);
  }

  /** The older code ignores version 28 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 28);
  }
}
