import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 33 (matching31):
 * - a deadline told from next year ("by the end of next year") meets a deadline year told as a number ("by the end of
 *   2031"); it still differs from a year told as past or from "last year";
 * - "lost their lives" and "killed" read as "died";
 * - "employees" reads as "workers", "blaze" as "fire".
 * The same round's attribution and check-worthiness changes also move some claims' texts; this re-signing covers them
 * too. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 33 the
 * same way.
 */
export class ClaimSignaturesV331796316315000 implements MigrationInterface {
  name = 'ClaimSignaturesV331796316315000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 33);
  }

  /** The older code ignores version 33 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 33);
  }
}
