import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deleted webhook subscription gets its own status: final (it cannot be resumed, unlike
 * one the delivery side disabled), while the row and its delivery history stay.
 */
export class WebhookSubscriptionDeleted1796280855423 implements MigrationInterface {
  name = 'WebhookSubscriptionDeleted1796280855423';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TYPE "public"."webhook_subscription_status"
            ADD VALUE 'deleted'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: deleted subscriptions become "disabled" (their reason kept) and the type is rebuilt.
    await queryRunner.query(`
            UPDATE "webhook_subscriptions" SET "status" = 'disabled' WHERE "status" = 'deleted'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."webhook_subscription_status_old" AS ENUM('active', 'paused', 'disabled')
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_subscriptions" ALTER COLUMN "status" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_subscriptions"
            ALTER COLUMN "status" TYPE "public"."webhook_subscription_status_old" USING "status"::"text"::"public"."webhook_subscription_status_old"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_subscriptions" ALTER COLUMN "status" SET DEFAULT 'active'
        `);
    await queryRunner.query(`
            DROP TYPE "public"."webhook_subscription_status"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."webhook_subscription_status_old"
            RENAME TO "webhook_subscription_status"
        `);
  }
}
