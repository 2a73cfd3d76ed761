import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 26 (matching24):
 * - a currency conversion in brackets ("£9.5m ($12m)") is still no figure of its own, but its number is a word of the
 *   claim, so a restatement in the other currency shares it;
 * - a counted "role", "post" or "position" is a job, and words of losing them ("roles would go", "letting 40 temps go")
 *   are a cut;
 * - "taken to (the) hospital", "treated in hospital" are hospitalisations;
 * - "half a mile", "half an hour" are figures.
 * The same round's attribution changes (labelled turns by post, initials and callers) also move some claims' texts;
 * this re-signing covers them too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 26 the
 * same way.
 */
export class ClaimSignaturesV261796315615000 implements MigrationInterface {
  name = 'ClaimSignaturesV261796315615000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 26);
  }

  /** The older code ignores version 26 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 26);
  }
}
