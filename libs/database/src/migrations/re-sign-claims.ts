import type { QueryRunner } from 'typeorm';

// The body of every ClaimSignaturesV* migration since version 18: a new version of claim matching's signatures needs no
// schema change, only the worker signing every claim again (ArticleExtractionService.signUnsigned, article by article).
// Matches already stored stay. Not a migration itself: migrations/index.ts lists those.

/** `up`: older signatures and their `claim_band_keys` rows go, so the worker signs every claim with `version`. */
export async function dropSignaturesBefore(queryRunner: QueryRunner, version: number): Promise<void> {
  await queryRunner.query(
    `DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" < ${version}`,
  );
  await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" < ${version}`);
}

/** `down`: the older code ignores `version` and signs only claims without a signature: drop them so it signs them again. */
export async function dropSignaturesFrom(queryRunner: QueryRunner, version: number): Promise<void> {
  await queryRunner.query(
    `DELETE FROM "claim_band_keys" k USING "claim_signatures" s WHERE s."seq" = k."seq" AND s."version" >= ${version}`,
  );
  await queryRunner.query(`DELETE FROM "claim_signatures" WHERE "version" >= ${version}`);
}
