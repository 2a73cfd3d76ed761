import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 22, two changes of one round:
 * - the quantities a signature's figures come from read "cubic metres" ("cu ft", "500-cubic-metre", "m³") as volumes,
 *   not as a count of metres, and "45 kilometres an hour" / "30 miles per hour" as speeds, not lengths (conflicts20);
 * - a story is also named by who said its claims (a speaker's name in the attribution) and by a body named only in
 *   common words ("the National Health Protection Agency", by its initials), both after the names of what the claims
 *   say; two articles tell one story through names they share only when a shared name leads each; a rate of a
 *   population ("12.4 per 100,000", "41 in every 100,000 people") is the share it is; one shared share between claims
 *   naming different things with at most one shared word gets no lift within a story; "since January" is this
 *   year, and "in the drought of 2022" a time frame, as "during the 2018 drought" is (matching20).
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 22 the
 * same way.
 */
export class ClaimSignaturesV221796315215000 implements MigrationInterface {
  name = 'ClaimSignaturesV221796315215000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 22);
  }

  /** The older code ignores version 22 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 22);
  }
}
