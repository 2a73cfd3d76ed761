import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 24 (matching22):
 * - a claim whose only content is figures of two different measures is signed and can be matched;
 * - masses written by an SI symbol or prefix word ("1.2Mt", "800 kt", "kilotonnes") are tonnes;
 * - "admitted that" / "revealed that" are speech verbs, left out as "acknowledged" already is;
 * - a surname is marked in story names, so one shared leading surname alone no longer makes two articles one story.
 * The same round's attribution changes (subtitle cues and voice tags left out of claims, family names written first)
 * also move some claims' texts; this re-signing covers them too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 24 the
 * same way.
 */
export class ClaimSignaturesV241796315415000 implements MigrationInterface {
  name = 'ClaimSignaturesV241796315415000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 24);
  }

  /** The older code ignores version 24 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 24);
  }
}
