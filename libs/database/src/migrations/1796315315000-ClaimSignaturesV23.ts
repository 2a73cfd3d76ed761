import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 23 (matching21):
 * - synonym groups chosen by how often WordNet uses a word in each sense: a sense in a part of speech that covers under
 *   a tenth of a common word's uses no longer joins it to a group ("season" is not a flavour), a word that joins a
 *   group only as a verb or adjective stays out of it read as a noun, and inflected forms ("won", "children") are
 *   looked up by their base word;
 * - "half a million", "a quarter of a million" are numbers; ages in months or weeks are spans of time; money per
 *   area is money per square metre, money per person its own measure; one number shared as two measures is never
 *   confirmed; "twice what they were" a rise, "the 2025/26 campaign" dated.
 * - a capitalised number word right after a capitalised word ("League Two") is part of a name, no figure (conflicts21).
 * The same round's attribution changes (chat stamps and labels left out of claims, posts before "of the X" left out of
 * organisation names) also move some claims' texts and story names; this re-signing covers them too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 23 the
 * same way.
 */
export class ClaimSignaturesV231796315315000 implements MigrationInterface {
  name = 'ClaimSignaturesV231796315315000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 23);
  }

  /** The older code ignores version 23 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 23);
  }
}
