import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 36 (matching34, checkworthy32, matching35):
 * - the noun "firm" reads as "company"; a home let for rent ("let to", a passive "let", "rented", "leased") is one act;
 * - a range of percentages keeps its written ends and every range packs its middle half, so two ranges that only touch
 *   at an end are different figures; a year before a noun is no other time against the clause it dates;
 * - a day before a capitalised "May" ("4 May") is a date, not a count of 4;
 * - a whole and a quarter or three quarters ("an hour and a quarter", "four and a quarter million") is one figure.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 36 the
 * same way.
 */
export class ClaimSignaturesV361796316615000 implements MigrationInterface {
  name = 'ClaimSignaturesV361796316615000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 36);
  }

  /** The older code ignores version 36 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 36);
  }
}
