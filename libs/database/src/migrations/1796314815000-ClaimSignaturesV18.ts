import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSignaturesBefore, dropSignaturesFrom } from './re-sign-claims';

/**
 * Claim matching's signatures version 18: each part of a hyphenated word is a name only by its own capital ("Pre-tax
 * profit" names nothing, "Al-Karim" still two names), and a bound prefix before a hyphen is never a name ("pre-tax" /
 * "before tax", "ex-minister" / "former minister"); "doubled", "tripled" and "quadrupled" are rises of 100, 200 and
 * 300 per cent ("more than doubled" 100 per cent or more); a range of percentages ("5 to 7 per cent", "5-7%", "between
 * 5% and 7%") is one share; an ordinal of a time unit ("in the 62nd minute") the time elapsed; a season without its
 * year ("in the summer") and a date in a relative clause ("a viaduct that collapsed in February") are vague time
 * frames that a month or no time does not contradict. Older signatures and their `claim_band_keys` rows go; the worker
 * signs every claim again, article by article (ArticleExtractionService.signUnsigned). Matches already stored stay. No
 * schema change; `down` drops version 18 the same way.
 */
export class ClaimSignaturesV181796314815000 implements MigrationInterface {
  name = 'ClaimSignaturesV181796314815000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesBefore(queryRunner, 18);
  }

  /** The older code ignores version 18 and signs only claims without a signature: drop them so it signs them again. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSignaturesFrom(queryRunner, 18);
  }
}
