import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import { EnvironmentVariables } from '@factdesk/config';
import { OutboxEventEntity, WebhookSubscriptionStatus } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { subscriptionWants } from '../event-types';
import { newWebhookMessageId } from '../signing';
import { WebhookPayloadService } from '../webhook-payload.service';
import { DeliveryQueue } from './delivery-queue';

/** Outbox rows read per relay transaction. */
const RELAY_BATCH = 500;
/** Outbox rows deleted per trimming statement. */
const TRIM_BATCH = 1000;

/** Session advisory locks (two-int form, first key): one relay and one trimmer at a time across every worker. */
const LOCK_SPACE = 0x77686b; // "whk"
const RELAY_LOCK = 1;
const TRIM_LOCK = 2;

type OutboxRow = Pick<OutboxEventEntity, 'id' | 'type' | 'aggregateType' | 'aggregateId' | 'payload' | 'createdAt'>;

interface SubscriptionRow {
  id: string;
  events: string[];
  ordered: boolean;
  createdAt: Date;
}

/**
 * Moves the outbox to webhook deliveries, and keeps the outbox short.
 *
 * `relay()` takes new outbox rows in id order, builds each event's payload once (the
 * resource as the API shows it), inserts one delivery per subscription that wants the
 * event (active or paused, subscribed before the event), wakes those endpoints' jobs,
 * and only then marks the rows relayed. A crash between the two leaves them unmarked:
 * the next run inserts nothing new (one delivery per subscription and event, the same
 * `webhook-id`) and wakes the endpoints again, so an event is sent again rather than
 * lost. A PostgreSQL advisory lock makes it one relay at a time however many workers run.
 */
@Injectable()
export class WebhookRelayService {
  private readonly logger = new Logger(WebhookRelayService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly payloads: WebhookPayloadService,
    private readonly deliveryQueue: DeliveryQueue,
    private readonly env: EnvironmentVariables,
  ) {}

  /** Relays every new outbox row; the number relayed, or null when another worker holds the relay. */
  relay(): Promise<number | null> {
    return this.exclusively(RELAY_LOCK, async (runner) => {
      let relayed = 0;
      for (;;) {
        const rows = (await runner.query(
          `SELECT id, type, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", payload, created_at AS "createdAt"
             FROM outbox_events WHERE relayed_at IS NULL ORDER BY id LIMIT $1`,
          [RELAY_BATCH],
        )) as OutboxRow[];
        if (rows.length === 0) return relayed;
        await this.relayBatch(runner, rows);
        relayed += rows.length;
        if (rows.length < RELAY_BATCH) return relayed;
      }
    });
  }

  /**
   * Wakes every endpoint (or the one given) with a delivery that is due (new, a retry
   * whose time came, one a dead worker was sending): the safety net under lost wake-ups
   * and a Redis that lost its jobs. An endpoint already having a job is left alone.
   */
  async sweep(subscriptionId?: string): Promise<void> {
    const due = (await this.dataSource.query(
      `SELECT DISTINCT d.subscription_id AS id FROM webhook_deliveries d
         JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.status = 'active'
        WHERE d.status IN ('pending', 'delivering') AND d.next_attempt_at <= now() AND ($1::uuid IS NULL OR d.subscription_id = $1)`,
      [subscriptionId ?? null],
    )) as Array<{ id: string }>;
    await this.deliveryQueue.wake(due.map((row) => row.id));
  }

  /**
   * Deletes outbox rows WEBHOOK_OUTBOX_RETENTION_MS after every subscription has them:
   * relayed that long ago, and every delivery of the row final that long ago. Deliveries
   * carry their own payload, so the delivery log and replays do not need the row.
   * The audit log is never trimmed. Returns the rows deleted (null: another worker trims).
   */
  trim(): Promise<number | null> {
    return this.exclusively(TRIM_LOCK, async (runner) => {
      let deleted = 0;
      for (;;) {
        const result = (await runner.query(
          `DELETE FROM outbox_events WHERE id IN (
             SELECT e.id FROM outbox_events e
              WHERE e.relayed_at < now() - make_interval(secs => $1 / 1000.0)
                AND NOT EXISTS (
                  SELECT 1 FROM webhook_deliveries d
                   WHERE d.outbox_event_id = e.id
                     AND (d.status IN ('pending', 'delivering') OR d.finished_at >= now() - make_interval(secs => $1 / 1000.0)))
              ORDER BY e.id LIMIT $2)`,
          [this.env.WEBHOOK_OUTBOX_RETENTION_MS, TRIM_BATCH],
        )) as [unknown, number];
        deleted += result[1];
        if (result[1] < TRIM_BATCH) return deleted;
      }
    });
  }

  private async relayBatch(runner: QueryRunner, rows: OutboxRow[]): Promise<void> {
    const subscriptions = (await runner.query(
      `SELECT id, events, ordered, created_at AS "createdAt" FROM webhook_subscriptions WHERE status = ANY($1::webhook_subscription_status[])`,
      [[WebhookSubscriptionStatus.Active, WebhookSubscriptionStatus.Paused]],
    )) as SubscriptionRow[];
    const columns = {
      subscription: [] as string[],
      event: [] as string[],
      type: [] as string[],
      msg: [] as string[],
      body: [] as string[],
    };
    const wanted = rows
      .map((row) => ({
        row,
        wanting: subscriptions.filter((s) => s.createdAt <= row.createdAt && subscriptionWants(s.events, row.type)),
      }))
      .filter(({ wanting }) => wanting.length > 0);
    const bodies = await this.bodiesOf(wanted.map(({ row }) => row));
    for (const [index, { row, wanting }] of wanted.entries()) {
      const body = bodies[index];
      if (body === null || body === undefined) continue;
      for (const subscription of wanting) {
        columns.subscription.push(subscription.id);
        columns.event.push(row.id);
        columns.type.push(row.type);
        columns.msg.push(newWebhookMessageId());
        columns.body.push(body);
      }
    }
    // In outbox order, so each delivery's seq follows the events' order; an existing
    // delivery (a relay that crashed before marking its rows) keeps its webhook-id.
    const inserted = (await runner.query(
      `INSERT INTO webhook_deliveries (subscription_id, outbox_event_id, event_type, msg_id, payload, next_attempt_at)
       SELECT u.subscription_id, u.event_id, u.event_type, u.msg_id, u.body::jsonb, now()
         FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
              AS u(subscription_id, event_id, event_type, msg_id, body, n)
        ORDER BY u.n
       ON CONFLICT ON CONSTRAINT uq_webhook_deliveries_subscription_event DO NOTHING
       RETURNING subscription_id`,
      [columns.subscription, columns.event, columns.type, columns.msg, columns.body],
    )) as Array<{ subscription_id: string }>;
    // Wake every endpoint of the batch, not only those with new rows: after a crash the
    // rows exist already and their jobs may not.
    const endpoints = new Set(columns.subscription);
    await this.deliveryQueue.wake(endpoints);
    const unordered = subscriptions.filter((s) => !s.ordered && endpoints.has(s.id)).map((s) => s.id);
    if (unordered.length > 0) await this.deliveryQueue.bringForward(unordered);
    await runner.query(`UPDATE outbox_events SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
    if (inserted.length > 0) this.logger.debug(`Relayed ${rows.length} outbox events as ${inserted.length} deliveries`);
  }

  /** Each event's JSON body, or null when webhooks do not carry its type or its resource is gone. */
  private async bodiesOf(rows: OutboxRow[]): Promise<Array<string | null>> {
    const payloads = await this.payloads.payloadsFor(rows);
    return payloads.map((payload, index) => {
      if (!(payload instanceof DomainError)) return payload === null ? null : JSON.stringify(payload);
      // A resource that no longer exists cannot become a payload, now or later: skip the event, say so.
      const row = rows[index]!;
      this.logger.error(`Outbox event ${row.id} (${row.type}) not delivered: ${payload.message}`);
      return null;
    });
  }

  /** Runs `work` holding a session advisory lock on a connection of its own; null when another process holds it. */
  private async exclusively<T>(lock: number, work: (runner: QueryRunner) => Promise<T>): Promise<T | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1, $2) AS locked`, [LOCK_SPACE, lock])) as Array<{
        locked: boolean;
      }>;
      if (!locked) return null;
      try {
        return await work(runner);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1, $2)`, [LOCK_SPACE, lock]);
      }
    } finally {
      await runner.release();
    }
  }
}
