import { MigrationInterface, QueryRunner } from 'typeorm';

/** The purge of old sessions at each sign-in deletes by `expires_at`: indexed, it no longer reads the whole table. */
export class SessionExpiryIndex1796308961461 implements MigrationInterface {
  name = 'SessionExpiryIndex1796308961461';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_sessions_expires_at" ON "sessions" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_expires_at"`);
  }
}
