import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access that can be taken away: who revoked a key (`api_keys.revoked_by`) and who
 * disabled a user (`users.disabled_by`), beside the existing `revoked_at` and
 * `disabled_at`. Both point at users without cascading, so no history row goes when a
 * user does. `api_keys.user_id` is indexed for an admin's list of a user's keys.
 */
export class KeyRevocation1796278362379 implements MigrationInterface {
  name = 'KeyRevocation1796278362379';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "disabled_by" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys"
            ADD "revoked_by" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_api_keys_user_id" ON "api_keys" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_e79349d4863131143322083860f" FOREIGN KEY ("disabled_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys"
            ADD CONSTRAINT "FK_c1f32f2fdbc45aab89a80c1e6f2" FOREIGN KEY ("revoked_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "api_keys" DROP CONSTRAINT "FK_c1f32f2fdbc45aab89a80c1e6f2"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_e79349d4863131143322083860f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_api_keys_user_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys" DROP COLUMN "revoked_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "disabled_by"
        `);
  }
}
