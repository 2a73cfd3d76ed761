import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the webhook relay when outbox rows commit: a statement-level trigger notifies the
 * `outbox_events` channel (OUTBOX_NOTIFY_CHANNEL) after each INSERT. PostgreSQL delivers a
 * notification only when its transaction commits, and one per transaction however many
 * statements sent it, so listeners see committed rows only and at most one wake-up per
 * transaction. Written by hand: TypeORM does not generate triggers.
 */
export class OutboxNotify1796289000000 implements MigrationInterface {
  name = 'OutboxNotify1796289000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE FUNCTION "outbox_events_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('outbox_events', '');
              RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "trg_outbox_events_notify" AFTER INSERT ON "outbox_events"
            FOR EACH STATEMENT EXECUTE FUNCTION "outbox_events_notify"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "trg_outbox_events_notify" ON "outbox_events"
        `);
    await queryRunner.query(`
            DROP FUNCTION "outbox_events_notify"()
        `);
  }
}
