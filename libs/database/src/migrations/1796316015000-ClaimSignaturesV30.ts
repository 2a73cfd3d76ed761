import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 30 (matching28):
 * - a section, clause, article or paragraph reference ("clause 4.1", "section C.2") is one word of its own, never a count
 *   or a number;
 * - a share of two small counts ("14 of its 22") is filed in the story index under its two counts as well;
 * - a month on one side only is no other time when both claims of one story state the same amount of 100 or more.
 * The same round's attribution and check-worthiness changes also move some claims' texts; this re-signing covers them
 * too. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 30 the
 * same way.
 */
export class ClaimSignaturesV301796316015000 implements MigrationInterface {
  name = 'ClaimSignaturesV301796316015000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 30);
  }

  /** The older code ignores version 30 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 30);
  }
}
