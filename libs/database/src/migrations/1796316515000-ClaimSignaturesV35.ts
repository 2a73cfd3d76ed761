import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 35 (matching33):
 * - a date line marked as a byline or publication line ("By …", "Published", "Updated") dates the article among its
 *   first 16 claims (an unmarked one still among the first five); "last spring/summer/autumn" in a dated article reads
 *   as the year before its date;
 * - "a pair of N" counts 2 and "a couple of N" 2–3; a hedge before "… and a half …" is kept;
 * - turnover, sales, revenues, takings, receipts and income read as revenue, jobless and unemployment as unemployed;
 * - "In neighbouring X" names of up to three words set a claim in another place.
 * The same round's label changes (time codes left out of claims) also move some claims' texts; this re-signing covers
 * them too. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 35 the
 * same way.
 */
export class ClaimSignaturesV351796316515000 implements MigrationInterface {
  name = 'ClaimSignaturesV351796316515000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 35);
  }

  /** The older code ignores version 35 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 35);
  }
}
