import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions, their deliveries (one per subscription and outbox event) and
 * every attempt, plus outbox_events.relayed_at for the relay. Foreign keys restrict
 * deletes (history is kept); webhook_deliveries.outbox_event_id has none, so the outbox
 * can be trimmed while the delivery log stays. Rows already in the outbox are marked
 * relayed: no subscription existed when they were written.
 */
export class Webhooks1796280432725 implements MigrationInterface {
  name = 'Webhooks1796280432725';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."webhook_subscription_status" AS ENUM('active', 'paused', 'disabled')
        `);
    await queryRunner.query(`
            CREATE TABLE "webhook_subscriptions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "url" text NOT NULL,
                "events" text array NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "ordered" boolean NOT NULL DEFAULT true,
                "status" "public"."webhook_subscription_status" NOT NULL DEFAULT 'active',
                "disabled_reason" text,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "failing_since" TIMESTAMP WITH TIME ZONE,
                "secret_encrypted" text NOT NULL,
                "previous_secret_encrypted" text,
                "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bf631ae77d39849d599817fb6f4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_webhook_subscriptions_created_at_id" ON "webhook_subscriptions" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."webhook_delivery_status" AS ENUM(
                'pending',
                'delivering',
                'delivered',
                'failed',
                'cancelled'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subscription_id" uuid NOT NULL,
                "outbox_event_id" bigint NOT NULL,
                "event_type" text NOT NULL,
                "msg_id" text NOT NULL,
                "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_status_code" integer,
                "last_error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_webhook_deliveries_subscription_event" UNIQUE ("subscription_id", "outbox_event_id"),
                CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_webhook_deliveries_due" ON "webhook_deliveries" ("next_attempt_at")
            WHERE status IN ('pending', 'delivering')
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_webhook_deliveries_subscription_created" ON "webhook_deliveries" ("subscription_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "webhook_attempts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "delivery_id" uuid NOT NULL,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "status_code" integer,
                "latency_ms" integer,
                "response_excerpt" character varying(1024),
                "error" text,
                CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_webhook_attempts_delivery" ON "webhook_attempts" ("delivery_id", "attempted_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_events"
            ADD "relayed_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_outbox_events_unrelayed" ON "outbox_events" ("id")
            WHERE relayed_at IS NULL
        `);
    await queryRunner.query(`
            UPDATE "outbox_events" SET "relayed_at" = now()
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_attempts"
            ADD CONSTRAINT "FK_0d56d91d61b827bb2079c256538" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "webhook_attempts" DROP CONSTRAINT "FK_0d56d91d61b827bb2079c256538"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_outbox_events_unrelayed"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_events" DROP COLUMN "relayed_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_attempts_delivery"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_attempts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_deliveries_subscription_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_deliveries_due"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."webhook_delivery_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_subscriptions_created_at_id"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_subscriptions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."webhook_subscription_status"
        `);
  }
}
