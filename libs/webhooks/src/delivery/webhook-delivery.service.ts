import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import { WEBHOOK_RESPONSE_EXCERPT_MAX, WebhookSubscriptionEntity, WebhookSubscriptionStatus } from '@factdesk/database';
import type { HostLookup } from '../address-policy';
import { signWebhook } from '../signing';
import { WebhookSecretsService } from '../webhook-secrets.service';
import { WebhookUrlChecker } from '../webhook-url-checker.service';
import { decide, DeliveryDecision, RetryPolicy } from './retry-policy';
import { WebhookResponse, WebhookSender } from './webhook-sender';

/** Deliveries read per round; an endpoint's job goes round after round while any is due. */
const ROUND_SIZE = 50;

/** Session advisory locks on endpoints (two-int form, first key; the second is hashtext(subscription id)). */
const ENDPOINT_LOCK_SPACE = 0x776864; // "whd"

interface DueDelivery {
  id: string;
  /** Creation order (bigint, as text). */
  seq: string;
  msgId: string;
  body: string;
  attempts: number;
  nextAttemptAt: Date;
}

interface Outcome {
  delivery: DueDelivery;
  response: WebhookResponse;
  attemptedAt: Date;
  decision: DeliveryDecision;
}

export type DrainResult =
  /** Nothing is due any more. */
  | { kind: 'drained'; delivered: number; attempted: number }
  /** The endpoint's next delivery is due at `at`: the job waits until then. */
  | { kind: 'waiting'; at: Date; delivered: number; attempted: number }
  /** Paused, disabled or unknown: nothing is sent (resume wakes it). */
  | { kind: 'inactive' }
  /** Another worker is on this endpoint right now (a job that stalled back while its first run still goes). */
  | { kind: 'busy' };

type SubscriptionRow = Pick<
  WebhookSubscriptionEntity,
  'id' | 'url' | 'ordered' | 'status' | 'failingSince' | 'secretEncrypted' | 'previousSecretEncrypted' | 'previousSecretExpiresAt'
>;

/**
 * Sends one endpoint's due deliveries, oldest event first.
 *
 * Order: one job per endpoint (its id derived from the subscription) holding a session
 * advisory lock on the endpoint, so one endpoint is served by one worker at a time even
 * when BullMQ hands a stalled job to a second worker. With `ordered` (the default) the
 * endpoint's oldest unfinished delivery goes first and the ones after it wait while it
 * is retried: the job sleeps (delayed in BullMQ) until its retry is due. With
 * `ordered: false` every due delivery goes, and those waiting for a retry do not hold the
 * others back.
 *
 * Each attempt: the URL is checked (scheme, every resolved address) right before
 * connecting, and the connection goes only to the addresses that passed; the body is
 * the payload stored with the delivery, signed with the current secret (and the
 * previous one during a rotation window), with the same `webhook-id` every time. The
 * outcome of a round (attempt log, delivery states, the endpoint's health) is written
 * in one transaction after the round's requests: a worker that dies mid-round sends
 * those deliveries again (same `webhook-id`), it never drops one.
 */
@Injectable()
export class WebhookDeliveryService implements OnModuleDestroy {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private readonly sender = new WebhookSender();
  private readonly policy: RetryPolicy;
  /** How host names are resolved before each attempt; tests replace it to play a DNS answer that changed. */
  hostLookup?: HostLookup;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secrets: WebhookSecretsService,
    private readonly urlChecker: WebhookUrlChecker,
    private readonly audit: AuditService,
    private readonly env: EnvironmentVariables,
  ) {
    this.policy = { scheduleMs: env.WEBHOOK_RETRY_SCHEDULE_MS, retryAfterMaxMs: env.WEBHOOK_RETRY_AFTER_MAX_MS };
  }

  async onModuleDestroy(): Promise<void> {
    await this.sender.close();
  }

  async drain(subscriptionId: string): Promise<DrainResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [
        ENDPOINT_LOCK_SPACE,
        subscriptionId,
      ])) as Array<{ locked: boolean }>;
      if (!locked) return { kind: 'busy' };
      try {
        return await this.rounds(runner, subscriptionId);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [ENDPOINT_LOCK_SPACE, subscriptionId]);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * Round after round while anything is due. A round that delivered everything it sent
   * is recorded while the next round's requests go: the next round's rows are read first
   * (past that round's last delivery, `after`, as its record is not in yet), then the
   * record is sent (one statement, so it commits alone). Anything else (a failure, the
   * end, a pause) has every record written first, and the last look has no cursor, so a
   * replayed older delivery is not missed.
   */
  private async rounds(runner: QueryRunner, subscriptionId: string): Promise<DrainResult> {
    let delivered = 0;
    let attempted = 0;
    /** A round that delivered everything, not yet recorded. */
    let unrecorded: { subscription: SubscriptionRow; outcomes: Outcome[] } | null = null;
    let after: string | null = null;
    const recordNow = async () => {
      const round = unrecorded;
      unrecorded = null;
      after = null;
      if (round) await this.recordDelivered(runner, round.subscription, round.outcomes);
    };
    try {
      for (;;) {
        const subscription = await this.subscription(runner, subscriptionId);
        if (!subscription || subscription.status !== WebhookSubscriptionStatus.Active) {
          await recordNow();
          return { kind: 'inactive' };
        }
        const { due, waitUntil } = await this.dueDeliveries(runner, subscription, after);
        if (due.length === 0) {
          if (after !== null) {
            await recordNow();
            continue;
          }
          return waitUntil ? { kind: 'waiting', at: waitUntil, delivered, attempted } : { kind: 'drained', delivered, attempted };
        }
        let recording: Promise<void> | null = null;
        if (unrecorded) {
          // Its record clears failing_since: this round starts from a healthy endpoint.
          subscription.failingSince = null;
          recording = this.recordDelivered(runner, unrecorded.subscription, unrecorded.outcomes);
          unrecorded = null;
          // Awaited after the requests; until then a failure must not count as unhandled.
          recording.catch(() => undefined);
        }
        const outcomes = await this.send(subscription, due);
        await recording;
        attempted += outcomes.length;
        delivered += outcomes.filter((outcome) => outcome.decision.kind === 'delivered').length;
        if (outcomes.every((outcome) => outcome.decision.kind === 'delivered')) {
          unrecorded = { subscription, outcomes };
          after = outcomes[outcomes.length - 1]!.delivery.seq;
        } else {
          after = null;
          await this.record(runner, subscription, outcomes);
        }
      }
    } finally {
      // Leaving on an error with a delivered round unrecorded: try to log it (else it is sent again, same webhook-id).
      if (unrecorded) await recordNow().catch(() => undefined);
    }
  }

  private async subscription(runner: QueryRunner, id: string): Promise<SubscriptionRow | undefined> {
    const [row] = (await runner.query(
      `SELECT id, url, ordered, status, failing_since AS "failingSince", secret_encrypted AS "secretEncrypted",
              previous_secret_encrypted AS "previousSecretEncrypted", previous_secret_expires_at AS "previousSecretExpiresAt"
         FROM webhook_subscriptions WHERE id = $1`,
      [id],
    )) as SubscriptionRow[];
    return row;
  }

  /**
   * The deliveries to send now, in event order (after `after`, a seq, when given). Ordered:
   * the unbroken run of due ones from the oldest unfinished; if that one is not due,
   * nothing, until it is. Unordered: every due one, and the earliest retry time when none is.
   */
  private async dueDeliveries(
    runner: QueryRunner,
    subscription: SubscriptionRow,
    after: string | null,
  ): Promise<{ due: DueDelivery[]; waitUntil?: Date }> {
    const select = `SELECT id, seq, msg_id AS "msgId", payload::text AS body, attempts, next_attempt_at AS "nextAttemptAt", clock_timestamp() AS now
                      FROM webhook_deliveries WHERE subscription_id = $1 AND status IN ('pending', 'delivering') AND seq > $3`;
    const params = [subscription.id, ROUND_SIZE, after ?? '0'];
    type Row = DueDelivery & { now: Date };
    if (subscription.ordered) {
      const rows = (await runner.query(`${select} ORDER BY seq LIMIT $2`, params)) as Row[];
      if (rows.length === 0) return { due: [] };
      const now = rows[0]!.now;
      const firstNotDue = rows.findIndex((row) => row.nextAttemptAt > now);
      if (firstNotDue === 0) return { due: [], waitUntil: rows[0]!.nextAttemptAt };
      return { due: firstNotDue === -1 ? rows : rows.slice(0, firstNotDue) };
    }
    const rows = (await runner.query(`${select} AND next_attempt_at <= now() ORDER BY seq LIMIT $2`, params)) as Row[];
    if (rows.length > 0 || after !== null) return { due: rows };
    const [next] = (await runner.query(
      `SELECT min(next_attempt_at) AS at FROM webhook_deliveries WHERE subscription_id = $1 AND status IN ('pending', 'delivering')`,
      [subscription.id],
    )) as Array<{ at: Date | null }>;
    return { due: [], waitUntil: next?.at ?? undefined };
  }

  /** One attempt per delivery, in order; an ordered endpoint stops at the first that is not delivered. */
  private async send(subscription: SubscriptionRow, due: DueDelivery[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    // Opened once a round (a round lasts seconds at most; a rotation's window is hours).
    const secrets = this.secrets.signingSecrets(subscription);
    for (const delivery of due) {
      const attemptedAt = new Date();
      const response = await this.attempt(subscription, secrets, delivery, attemptedAt);
      const decision = decide(response, delivery.attempts + 1, this.policy, Date.now());
      outcomes.push({ delivery, response, attemptedAt, decision });
      if (decision.kind === 'disable' || (subscription.ordered && decision.kind !== 'delivered')) break;
    }
    return outcomes;
  }

  private async attempt(subscription: SubscriptionRow, secrets: string[], delivery: DueDelivery, at: Date): Promise<WebhookResponse> {
    const check = await this.urlChecker.check(subscription.url, this.hostLookup);
    if (!check.ok) return { statusCode: null, error: `refused before connecting: the URL ${check.reason}`, latencyMs: 0, excerpt: null };
    const headers = signWebhook({
      msgId: delivery.msgId,
      timestamp: at,
      body: delivery.body,
      secrets,
    });
    return this.sender.send({
      url: check.url,
      addresses: check.addresses,
      headers: { ...headers },
      body: delivery.body,
      timeoutMs: this.env.WEBHOOK_TIMEOUT_MS,
    });
  }

  /**
   * A round whose every attempt delivered: its attempts, the deliveries' states and the
   * endpoint's health (failing no more) in one statement, so it needs no transaction.
   */
  private async recordDelivered(runner: QueryRunner, subscription: SubscriptionRow, outcomes: Outcome[]): Promise<void> {
    await runner.query(
      `WITH ${OUTCOMES_SQL}, healthy AS (
         UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = $9 AND failing_since IS NOT NULL
       )
       ${APPLY_OUTCOMES_SQL}`,
      [...outcomeColumns(outcomes, outcomeStates(outcomes), Date.now()), subscription.id],
    );
  }

  /** The round's attempts, the deliveries' new states and the endpoint's health, in one transaction. */
  private async record(runner: QueryRunner, subscription: SubscriptionRow, outcomes: Outcome[]): Promise<void> {
    const now = Date.now();
    const states = outcomeStates(outcomes);
    const last = outcomes[outcomes.length - 1]!;
    const disableReason = this.disableReason(subscription, last, now);
    // The attempt that disables the endpoint fails its delivery (replayable with the others that failed).
    if (disableReason && last.decision.kind === 'retry') {
      states[states.length - 1] = 'failed';
      last.decision = { kind: 'failed', reason: disableReason };
    }
    await runner.startTransaction();
    try {
      await runner.query(`WITH ${OUTCOMES_SQL} ${APPLY_OUTCOMES_SQL}`, outcomeColumns(outcomes, states, now));
      if (last.decision.kind === 'delivered') {
        if (subscription.failingSince)
          await runner.query(`UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = $1`, [subscription.id]);
        subscription.failingSince = null;
      } else if (disableReason) {
        await this.disable(runner, subscription.id, disableReason);
      } else if (!subscription.failingSince) {
        subscription.failingSince = last.attemptedAt;
        await runner.query(`UPDATE webhook_subscriptions SET failing_since = $2 WHERE id = $1 AND failing_since IS NULL`, [
          subscription.id,
          last.attemptedAt,
        ]);
      }
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
    if (disableReason) this.logger.warn(`Webhook subscription ${subscription.id} disabled: ${disableReason}`);
  }

  /** Why the endpoint must be disabled after this round's last attempt, if it must. */
  private disableReason(subscription: SubscriptionRow, last: Outcome, now: number): string | null {
    if (last.decision.kind === 'disable') return `${last.decision.reason} at ${last.attemptedAt.toISOString()}`;
    if (last.decision.kind === 'delivered' || !subscription.failingSince) return null;
    const failingForMs = now - subscription.failingSince.getTime();
    if (failingForMs <= this.env.WEBHOOK_DISABLE_AFTER_MS) return null;
    return `every attempt failed since ${subscription.failingSince.toISOString()} (longer than WEBHOOK_DISABLE_AFTER_MS, ${this.env.WEBHOOK_DISABLE_AFTER_MS} ms); last: ${last.response.error ?? `status ${last.response.statusCode}`}`;
  }

  /** Disables the endpoint with the reason admins see; its unfinished deliveries are cancelled (replay sends them again). */
  private async disable(runner: QueryRunner, subscriptionId: string, reason: string): Promise<void> {
    const [, changed] = (await runner.query(
      `UPDATE webhook_subscriptions SET status = 'disabled', disabled_reason = $2, disabled_at = now() WHERE id = $1 AND status = 'active'`,
      [subscriptionId, reason],
    )) as [unknown, number];
    if (changed === 0) return; // paused, deleted or disabled meanwhile: an admin's decision stands
    await this.audit.record(runner.manager, {
      actorId: null,
      action: 'webhook.disabled',
      entityType: 'webhook_subscription',
      entityId: subscriptionId,
      details: { reason },
    });
    await runner.query(
      `UPDATE webhook_deliveries SET status = 'cancelled', next_attempt_at = NULL, finished_at = now(),
              last_error = coalesce(last_error, 'not sent: the endpoint was disabled')
        WHERE subscription_id = $1 AND status IN ('pending', 'delivering')`,
      [subscriptionId],
    );
  }
}

/** The round's outcomes as `r` (columns $1 to $8, see outcomeColumns), and its attempt log written. */
const OUTCOMES_SQL = `r AS (
    SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
             AS r(id, attempted_at, status_code, latency_ms, excerpt, error, state, next_at)
  ), attempts AS (
    INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, latency_ms, response_excerpt, error)
    SELECT id, attempted_at, status_code, latency_ms, excerpt, error FROM r
  )`;

/** Each delivery of `r` gets its new state. */
const APPLY_OUTCOMES_SQL = `
  UPDATE webhook_deliveries d
     SET status = r.state::webhook_delivery_status,
         attempts = d.attempts + 1,
         next_attempt_at = r.next_at,
         last_status_code = r.status_code,
         last_error = CASE WHEN r.state = 'delivered' THEN NULL ELSE coalesce(r.error, 'the endpoint answered ' || r.status_code) END,
         delivered_at = CASE WHEN r.state = 'delivered' THEN r.attempted_at ELSE d.delivered_at END,
         finished_at = CASE WHEN r.state = 'pending' THEN NULL ELSE now() END
    FROM r WHERE d.id = r.id`;

function outcomeStates(outcomes: Outcome[]): string[] {
  return outcomes.map(({ decision }) => (decision.kind === 'delivered' ? 'delivered' : decision.kind === 'retry' ? 'pending' : 'failed'));
}

function outcomeColumns(outcomes: Outcome[], states: string[], now: number): unknown[] {
  return [
    outcomes.map((o) => o.delivery.id),
    outcomes.map((o) => o.attemptedAt),
    outcomes.map((o) => o.response.statusCode),
    outcomes.map((o) => o.response.latencyMs),
    outcomes.map((o) => (o.response.excerpt === null ? null : o.response.excerpt.slice(0, WEBHOOK_RESPONSE_EXCERPT_MAX))),
    outcomes.map((o) => o.response.error),
    states,
    outcomes.map((o) => (o.decision.kind === 'retry' ? new Date(now + o.decision.delayMs) : null)),
  ];
}
