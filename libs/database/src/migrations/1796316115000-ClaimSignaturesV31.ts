import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 31 (matching29):
 * - units glued to their digits ("54sec", "16.5in", "38pc") are read as those units; the inch is a length;
 * - "nearly" / "almost" before a single unit ("almost a minute") reaches up to 15% below it, never above;
 * - two amounts of one measure compared in a claim ("fell from 52mph to 41mph", "£72m more than £112m") add their
 *   difference as one more figure of that measure;
 * - a month that dates the telling of a future claim ("In June the department told auditors it would …") is not marked
 *   as future.
 * The same round's attribution and check-worthiness changes also move some claims' texts; this re-signing covers them
 * too. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 31 the
 * same way.
 */
export class ClaimSignaturesV311796316115000 implements MigrationInterface {
  name = 'ClaimSignaturesV311796316115000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 31);
  }

  /** The older code ignores version 31 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 31);
  }
}
