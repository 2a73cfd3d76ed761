import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 20: a time told forward ("next year", "the coming year") meets only a date the
 * other claim tells as future (by its tense or modality, "will rise in 2027", or, in the present tense, later than every
 * year its article tells as past) or no time, never a date told as past ("rose 3% in 2025") or a time back ("last
 * year"); a deadline ("by 2030") ends at its date, so another date, before or after it, is another time; "this year"
 * is the article's own year, which a date meets and "last year" or "next year" do not. Older
 * signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 20 the
 * same way.
 */
export class ClaimSignaturesV201796315015000 implements MigrationInterface {
  name = 'ClaimSignaturesV201796315015000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 20);
  }

  /** The older code ignores version 20 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 20);
  }
}
