import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 37 (matching36):
 * - a year named by the month it ends in ("the year to June 2026", "the 12 months to", "year ended") is the split year it
 *   spans, dated by its first year, so it meets "2025-26"; a year to December stays its calendar year;
 * - spans of time open on one side ("more than 200 days", "in under a week") keep their bound; "upward of" is a bound;
 * - a fronted rival ("At the rival X, …") is another body's scope, and a scope one side states makes two claims
 *   different facts whatever time both tell; a number word between a count and a time unit is no span.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 37 the
 * same way.
 */
export class ClaimSignaturesV371796316715000 implements MigrationInterface {
  name = 'ClaimSignaturesV371796316715000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 37);
  }

  /** The older code ignores version 37 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 37);
  }
}
