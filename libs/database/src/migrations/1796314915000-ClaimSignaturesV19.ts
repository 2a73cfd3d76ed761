import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 19: a count or an amount is also filed in the story index by the round values it
 * is near ("nearly 300 job losses" / "cut 297 jobs"), and what a claim without a distinctive number counts besides its
 * years without them ("by the end of June 2027" / "by 30 June next year"); "next year" and a deadline ("by 2030", "by the
 * 2029-30 fiscal year") are vague time frames that a date restates and no time contradicts; pence are money ("42p" is
 * £0.42); "eighteen and a half million pounds" is money; money spread over years ("£7.2bn over five years") is the
 * amount a year it comes to. Older signatures and their `claim_band_keys` rows go; the worker signs every claim again,
 * article by article (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down`
 * drops version 19 the same way.
 */
export class ClaimSignaturesV191796314915000 implements MigrationInterface {
  name = 'ClaimSignaturesV191796314915000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 19);
  }

  /** The older code ignores version 19 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 19);
  }
}
