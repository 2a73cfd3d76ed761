import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 40 (matching39): payers "behind on" what they owe are in arrears, things "put on
 * hold" are suspended, a verb before "in"/"on"/"at" and a number or a name is no two-word lemma, and a spelled count
 * hyphened to a word ("a five-storey block") is signed as the digits so hyphened are.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 40 the
 * same way.
 */
export class ClaimSignaturesV401796317015000 implements MigrationInterface {
  name = 'ClaimSignaturesV401796317015000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 40);
  }

  /** The older code ignores version 40 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 40);
  }
}
