import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 39 (matching38): a counted home, house, flat or property is signed as a
 * household, so "1,200 homes" and "1,200 households" restate one figure.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 39 the
 * same way.
 */
export class ClaimSignaturesV391796316915000 implements MigrationInterface {
  name = 'ClaimSignaturesV391796316915000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 39);
  }

  /** The older code ignores version 39 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 39);
  }
}
