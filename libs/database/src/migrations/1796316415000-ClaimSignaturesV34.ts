import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 34 (matching32):
 * - news idioms read as the act they name: a firm that goes bust or into administration "collapses", a post stepped
 *   down from or quit is "resigned", a plan scrapped or axed is "cancelled", staff laid off or made redundant are a job
 *   cut, people who got hurt are "injured";
 * - a dated article's "last year", "this year", "N years ago" and seasons read as the years its date line names.
 * The same round's attribution, conflict and check-worthiness changes also move some claims' texts; this re-signing
 * covers them too. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by
 * article (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version
 * 34 the same way.
 */
export class ClaimSignaturesV341796316415000 implements MigrationInterface {
  name = 'ClaimSignaturesV341796316415000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 34);
  }

  /** The older code ignores version 34 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 34);
  }
}
