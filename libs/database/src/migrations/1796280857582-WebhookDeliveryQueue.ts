import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the delivery side needs on webhook_deliveries: `seq` (creation order, since ids
 * are uuids: an endpoint's deliveries go out in event order), `payload` (the exact body,
 * so the log and replays outlive the trimmed outbox row; the table is new in this
 * release, so no row lacks one), `finished_at` (outbox trimming counts from it), a null
 * `outbox_event_id` for test pings, and the indexes for an endpoint's queue and trimming.
 */
export class WebhookDeliveryQueue1796280857582 implements MigrationInterface {
  name = 'WebhookDeliveryQueue1796280857582';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD "payload" jsonb NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD "finished_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "uq_webhook_deliveries_subscription_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ALTER COLUMN "outbox_event_id" DROP NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_webhook_deliveries_outbox_event" ON "webhook_deliveries" ("outbox_event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_webhook_deliveries_endpoint_queue" ON "webhook_deliveries" ("subscription_id", "seq")
            WHERE status IN ('pending', 'delivering')
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "uq_webhook_deliveries_subscription_event" UNIQUE ("subscription_id", "outbox_event_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "uq_webhook_deliveries_subscription_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_deliveries_endpoint_queue"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_deliveries_outbox_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ALTER COLUMN "outbox_event_id"
            SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "uq_webhook_deliveries_subscription_event" UNIQUE ("subscription_id", "outbox_event_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP COLUMN "finished_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP COLUMN "payload"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP COLUMN "seq"
        `);
  }
}
