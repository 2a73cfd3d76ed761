import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 25 (matching23):
 * - every dollar is one measure (`money:dollar`); a dollar the text names ("A$", "NZ$", "US$", "Australian dollars")
 *   carries its country, so two named dollars of different countries conflict and a bare "$" agrees with any;
 * - cents ("21c", "A21c") are dollars; a conversion in brackets after an amount is no figure of its own;
 * - "admitted to hospital" / "hospital admissions" are hospitalisations, not acknowledgements; "jabs" are doses, "axed"
 *   is cut, "additional" is extra, "savings" is save;
 * - "up 9 per cent to 1.31 million" is a change and a level; "92 flight hours" is a span of time.
 * The same round's attribution changes (court captions, parliamentary labels, nicknames, currency codes no longer read
 * as organisations) also move some claims' texts; this re-signing covers them too.
 * Older signatures and their `claim_band_keys` rows go; the worker signs every claim again, article by article
 * (ArticleExtractionService.signUnsigned). Matches already stored stay. No schema change; `down` drops version 25 the
 * same way.
 */
export class ClaimSignaturesV251796315515000 implements MigrationInterface {
  name = 'ClaimSignaturesV251796315515000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 25);
  }

  /** The older code ignores version 25 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 25);
  }
}
