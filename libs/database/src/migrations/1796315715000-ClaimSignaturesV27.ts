import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 27 (matching25, pairing4):
 * - decimals spoken aloud ("two point four million") are one figure; short and long tons are weighed as such;
 * - a circa glued to its number ("c.9,000", "approx.2,000") reads as "about"; pence in words are money, "50p/hour" a rate;
 * - a count with "more", "fewer", "extra", "additional" after it or "a further", "another" before it is a difference,
 *   its own measure, never a level;
 * - "reductions" is a change ("cost reductions" keeps "cost" as its own word);
 * - claims of stories naming nothing in common, sharing no number and no name, are not alike;
 * - crashes are collisions and "sacked" is dismissed (the words WordNet does not group, read through `nounForms`).
 * The same round's attribution changes also move some claims' texts; this re-signing covers them too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 27 the
 * same way.
 */
export class ClaimSignaturesV271796315715000 implements MigrationInterface {
  name = 'ClaimSignaturesV271796315715000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 27);
  }

  /** The older code ignores version 27 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 27);
  }
}
