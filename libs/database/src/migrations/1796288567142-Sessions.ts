import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing in with a password: `users.password_hash` (argon2id) and
 * `password_changed_at`, and `sessions`, one row per browser sign-in with only the
 * SHA-256 of its cookie's token, kept after it ends (with why).
 */
export class Sessions1796288567142 implements MigrationInterface {
  name = 'Sessions1796288567142';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."session_end_reason" AS ENUM(
                'signed_out',
                'password_changed',
                'user_disabled'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" bytea NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "end_reason" "public"."session_end_reason",
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sessions_token_hash" ON "sessions" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_sessions_user_id" ON "sessions" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "password_hash" text
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "password_changed_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "password_changed_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "password_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_sessions_user_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_sessions_token_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."session_end_reason"
        `);
  }
}
