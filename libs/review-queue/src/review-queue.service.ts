import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import {
  ClaimEntity,
  ClaimLeaseEntity,
  ClaimSkipEntity,
  ClaimState,
  entityFromRow,
  LeaseEndReason,
  preparedQuery,
  ReleaseReason,
  updateIn,
  WriteTarget,
} from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { BoundedRedis } from '@factdesk/jobs';
import { priorityScore, toQueuePriority } from './priority';
import { QueuedClaim, ReviewQueueOrder } from './review-queue-order.service';

export interface LeaseFilters {
  desk?: string;
  language?: string;
}

export interface Reviewer {
  id: string;
}

/** Candidates read from the queue's head per round; more than the reviewers likely to ask at once. */
const CANDIDATE_PAGE = 128;
/** After this many pages without a match (a narrow filter on a long queue), PostgreSQL orders the rest. */
const MAX_CANDIDATE_PAGES = 8;
/** Raised by lease_next_claim when the reviewer holds the most leases allowed (the count in DETAIL). */
const LEASE_LIMIT_SQLSTATE = 'FD001';
/**
 * lease_next_claim skips claims another transaction holds for a moment (a lease being
 * taken, the worker recording queue priorities). When a page's waiting claims were all
 * skipped that way, it asks again shortly instead of answering "nothing to do".
 */
const LOCKED_RETRY_DELAYS_MS = [10, 40, 160];

/**
 * SQL for the reviewer's newest lease on the claim, ended or not, locked: what every
 * reviewer action on a leased claim checks (`claimId` and `reviewerId` are SQL
 * expressions). Served by idx_claim_leases_claim_acquired.
 */
export function newestLeaseSql(claimId: string, reviewerId: string): string {
  return `SELECT * FROM claim_leases WHERE claim_id = ${claimId} AND reviewer_id = ${reviewerId} ORDER BY acquired_at DESC LIMIT 1 FOR UPDATE`;
}

/** The columns a claim's queue priority is computed from, as PostgreSQL returns them. */
export interface QueueRow {
  priority_base: number;
  priority_boost: number;
  queued_at: Date | null;
}

/**
 * The review queue's rules. PostgreSQL decides who holds what: a claim moves from
 * `ready` to `leased` in one database function (lease_next_claim) that skips rows
 * other transactions hold, and a partial unique index allows one open lease per claim. BullMQ supplies
 * the order (ReviewQueueOrder); if the two disagree, PostgreSQL wins and the
 * reconciler repairs BullMQ.
 *
 * Lock order, everywhere (here, in triage, verdicts and evidence): a claim's row first,
 * then its lease's. Two transactions that took them the other way round could each wait
 * for the other, and PostgreSQL would fail one of them with a deadlock.
 */
@Injectable()
export class ReviewQueueService {
  private readonly logger = new Logger(ReviewQueueService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly order: ReviewQueueOrder,
    private readonly env: EnvironmentVariables,
    private readonly redis: BoundedRedis,
  ) {}

  /**
   * Leases the most urgent claim this reviewer may take, or returns null when there is none.
   * BullMQ is asked for the head of the queue first, outside any transaction; then one
   * call to the database function lease_next_claim (see its migration) takes the first
   * candidate this reviewer may have, under the rules above, in a single round trip.
   */
  async leaseNext(reviewer: Reviewer, filters: LeaseFilters = {}): Promise<ClaimLeaseEntity | null> {
    const stale: string[] = [];
    let lease: ClaimLeaseEntity | undefined;
    for (let page = 0; page < MAX_CANDIDATE_PAGES && !lease; page += 1) {
      const candidates = await this.order.range(page * CANDIDATE_PAGE, CANDIDATE_PAGE).catch((error: Error) => {
        // Redis unreachable: reviewers keep working in PostgreSQL's own order until it is back.
        this.logger.warn(`Review queue order unavailable, leasing in database order: ${error.message}`);
        return null;
      });
      if (candidates === null) {
        lease = await this.pick(reviewer.id, filters, null);
        break;
      }
      lease = await this.pick(reviewer.id, filters, candidates);
      for (const delayMs of LOCKED_RETRY_DELAYS_MS) {
        if (lease || !(await this.someHeldElsewhere(candidates))) break;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        lease = await this.pick(reviewer.id, filters, candidates);
      }
      if (!lease) stale.push(...(await this.notReady(candidates)));
      if (candidates.length < CANDIDATE_PAGE) break;
      if (page === MAX_CANDIDATE_PAGES - 1 && !lease) lease = await this.pick(reviewer.id, filters, null);
    }
    await this.afterCommit({ remove: lease ? [lease.claimId, ...stale] : stale });
    return lease ?? null;
  }

  /**
   * One lease_next_claim call: among `candidates` in their order, or (candidates null)
   * in PostgreSQL's own priority order. Refuses with 409 at the reviewer's lease limit.
   */
  private async pick(reviewerId: string, filters: LeaseFilters, candidates: string[] | null): Promise<ClaimLeaseEntity | undefined> {
    let rows: Array<Record<string, unknown>>;
    try {
      rows = await preparedQuery(this.dataSource, `SELECT * FROM lease_next_claim($1, $2, $3, $4, $5, $6)`, [
        reviewerId,
        filters.desk ?? null,
        filters.language ?? null,
        candidates,
        this.env.LEASE_DURATION_MS,
        this.env.MAX_LEASES_PER_REVIEWER,
      ]);
    } catch (error) {
      const cause = (error as { driverError?: { code?: string; detail?: string } }).driverError;
      if (cause?.code !== LEASE_LIMIT_SQLSTATE) throw error;
      throw new DomainError(
        'conflict',
        'lease.limit_reached',
        `You already hold ${cause.detail} lease(s), the most allowed (${this.env.MAX_LEASES_PER_REVIEWER}); finish or release one first`,
      );
    }
    return rows[0] && entityFromRow(this.dataSource, ClaimLeaseEntity, rows[0]);
  }

  /** Whether any of these waiting claims is locked by another transaction right now. */
  private async someHeldElsewhere(candidates: string[]): Promise<boolean> {
    if (candidates.length === 0) return false;
    const [row] = (await this.dataSource.query(
      `WITH lockable AS (SELECT id FROM claims WHERE id = ANY($1::uuid[]) AND state = 'ready' FOR SHARE SKIP LOCKED)
       SELECT (SELECT count(*) FROM claims WHERE id = ANY($1::uuid[]) AND state = 'ready')::int
            > (SELECT count(*) FROM lockable)::int AS held`,
      [candidates],
    )) as Array<{ held: boolean }>;
    return row?.held ?? false;
  }

  /** Of these claims, those no longer waiting: leftovers in BullMQ to drop. */
  async notReady(candidates: string[]): Promise<string[]> {
    if (candidates.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT id FROM unnest($1::uuid[]) AS candidate(id)
       WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = candidate.id AND c.state = 'ready')`,
      [candidates],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  async heartbeat(leaseId: string, reviewer: Reviewer): Promise<ClaimLeaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const lease = await this.holdLease(manager, leaseId, reviewer);
      lease.expiresAt = new Date(Date.now() + this.env.LEASE_DURATION_MS);
      await manager.update(ClaimLeaseEntity, { id: lease.id }, { expiresAt: lease.expiresAt });
      return lease;
    });
  }

  /** Hands the claim back; a skip also keeps it from this reviewer for SKIP_COOLDOWN_MS. */
  async release(leaseId: string, reviewer: Reviewer, reason: ReleaseReason, note?: string): Promise<ClaimLeaseEntity> {
    const lease = await this.dataSource.transaction(async (manager) => {
      const lease = await this.holdLease(manager, leaseId, reviewer, { claimFirst: true });
      await this.endLease(manager, lease, LeaseEndReason.Released, { releaseReason: reason, note: note ?? null });
      if (reason === ReleaseReason.Skip && this.env.SKIP_COOLDOWN_MS > 0) {
        await manager.upsert(
          ClaimSkipEntity,
          { claimId: lease.claimId, reviewerId: reviewer.id, until: new Date(Date.now() + this.env.SKIP_COOLDOWN_MS) },
          ['claimId', 'reviewerId'],
        );
      }
      await this.returnToQueue(manager, [lease.claimId]);
      await this.audit.record(manager, {
        actorId: reviewer.id,
        action: 'lease.released',
        entityType: 'claim',
        entityId: lease.claimId,
        details: { leaseId: lease.id, reason, note: note ?? null },
      });
      return lease;
    });
    await this.afterCommit({ enqueue: [lease.claimId] });
    return lease;
  }

  async activeLeases(reviewer: Reviewer): Promise<ClaimLeaseEntity[]> {
    return this.dataSource
      .getRepository(ClaimLeaseEntity)
      .createQueryBuilder('lease')
      .where('lease.reviewer_id = :id AND lease.ended_at IS NULL AND lease.expires_at > now()', { id: reviewer.id })
      .orderBy('lease.acquired_at')
      .getMany();
  }

  /**
   * The caller's open, unexpired lease on a claim, locked for the rest of the
   * transaction: what every reviewer action on a leased claim must hold.
   */
  async requireLeaseOnClaim(manager: EntityManager, claimId: string, reviewer: Reviewer): Promise<ClaimLeaseEntity> {
    const [row] = (await manager.query(newestLeaseSql('$1', '$2'), [claimId, reviewer.id])) as Array<Record<string, unknown>>;
    return this.requireHeld(claimId, row && entityFromRow(this.dataSource, ClaimLeaseEntity, row));
  }

  /** `lease` (the caller's newest on the claim, if any) when it is open and unexpired; else 409 saying why. */
  requireHeld(claimId: string, lease: ClaimLeaseEntity | undefined): ClaimLeaseEntity {
    if (!lease || lease.endedAt || lease.expiresAt.getTime() <= Date.now()) {
      const why = !lease
        ? 'you do not hold a lease on it'
        : lease.endedAt
          ? `your lease ended (${lease.endReason})`
          : `your lease expired at ${lease.expiresAt.toISOString()}`;
      throw new DomainError('conflict', 'lease.not_held', `You cannot act on claim ${claimId}: ${why}. Take it again from the queue.`);
    }
    return lease;
  }

  /** The claim, locked for the rest of the transaction; 404 when there is none. */
  async lockClaim(manager: EntityManager, claimId: string): Promise<ClaimEntity> {
    const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw DomainError.notFound('claim', claimId);
    return claim;
  }

  /** The claim's open lease, if any, locked for the rest of the transaction. */
  async lockOpenLease(manager: EntityManager, claimId: string): Promise<ClaimLeaseEntity | null> {
    return manager.findOne(ClaimLeaseEntity, { where: { claimId, endedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  /** Takes a lease from its holder (their later actions get 409), with an audit record naming who did it (null: the system). */
  async revokeLease(
    manager: EntityManager,
    lease: ClaimLeaseEntity,
    actorId: string | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.endLease(manager, lease, LeaseEndReason.Revoked);
    await this.audit.record(manager, {
      actorId,
      action: 'lease.revoked',
      entityType: 'claim',
      entityId: lease.claimId,
      details: { leaseId: lease.id, reviewerId: lease.reviewerId, ...details },
    });
  }

  /** Ends a lease; the caller decides where the claim goes next (same transaction). */
  async endLease(
    target: WriteTarget,
    lease: ClaimLeaseEntity,
    reason: LeaseEndReason,
    extra: Partial<Pick<ClaimLeaseEntity, 'releaseReason' | 'note'>> = {},
  ): Promise<void> {
    lease.endedAt = new Date();
    lease.endReason = reason;
    await updateIn(target, ClaimLeaseEntity, { id: lease.id }, { endedAt: lease.endedAt, endReason: reason, ...extra });
  }

  /** Claims back to `ready` (their queued_at, hence their priority, unchanged). Call enqueue() after commit. */
  async returnToQueue(manager: EntityManager, claimIds: string[]): Promise<void> {
    await manager.query(`UPDATE claims SET state = 'ready', queued_at = coalesce(queued_at, now()) WHERE id = ANY($1::uuid[])`, [claimIds]);
  }

  /**
   * Puts `ready` claims into BullMQ at their current priority. Safe to call twice or
   * for claims that moved on meanwhile (those are skipped); after a commit, not inside.
   */
  async enqueue(claimIds: string[]): Promise<void> {
    if (claimIds.length === 0) return;
    const rows = (await this.dataSource.query(
      `SELECT id, priority_base, priority_boost, queued_at FROM claims WHERE id = ANY($1::uuid[]) AND state = $2`,
      [claimIds, ClaimState.Ready],
    )) as Array<QueueRow & { id: string }>;
    if (rows.length === 0) return;
    const now = new Date();
    const queued = rows.map((row) => ({ claimId: row.id, priority: this.queuePriorityOf(row, now) }));
    await this.recordQueuePriorities(queued);
    await this.order.put(queued);
  }

  /** The BullMQ priority of a claim row now (the one mapping used by enqueue, boosts and reconciliation). */
  queuePriorityOf(row: QueueRow, now: Date): number {
    return toQueuePriority(
      priorityScore(
        { priorityBase: row.priority_base, priorityBoost: row.priority_boost, queuedAt: row.queued_at },
        now,
        this.env.QUEUE_AGE_POINTS_PER_HOUR,
      ),
    );
  }

  /**
   * Rows are locked in id order: enqueue and reconciliation update overlapping sets of claims
   * at once, and two updates locking them in join order could deadlock.
   */
  async recordQueuePriorities(queued: Array<{ claimId: string; priority: number }>): Promise<void> {
    await this.dataSource.query(
      `WITH target AS (
         SELECT c.id, q.priority FROM claims c
           JOIN unnest($1::uuid[], $2::int[]) AS q(id, priority) ON c.id = q.id
          ORDER BY c.id
            FOR UPDATE OF c
       )
       UPDATE claims SET queue_priority = target.priority FROM target WHERE claims.id = target.id`,
      [queued.map((q) => q.claimId), queued.map((q) => q.priority)],
    );
  }

  /** Ends every lease past its expiry and returns its claim to the queue; returns how many. */
  async expireDue(): Promise<number> {
    const expired = await this.dataSource.transaction(async (manager) => {
      // Claims first (see the lock order above); one that another transaction holds is left for the next sweep.
      const claims = (await manager.query(
        `SELECT c.id FROM claims c
          WHERE c.id IN (SELECT claim_id FROM claim_leases WHERE ended_at IS NULL AND expires_at <= now() ORDER BY expires_at LIMIT 500)
          FOR UPDATE OF c SKIP LOCKED`,
      )) as Array<{ id: string }>;
      if (claims.length === 0) return [];
      const [rows] = (await manager.query(
        `UPDATE claim_leases SET ended_at = now(), end_reason = 'expired'
         WHERE claim_id = ANY($1::uuid[]) AND ended_at IS NULL AND expires_at <= now()
         RETURNING id, claim_id, reviewer_id, expires_at`,
        [claims.map((claim) => claim.id)],
      )) as [Array<{ id: string; claim_id: string; reviewer_id: string; expires_at: Date }>, number];
      if (rows.length === 0) return [];
      await manager.query(`UPDATE claims SET state = 'ready' WHERE id = ANY($1::uuid[]) AND state = 'leased'`, [
        rows.map((row) => row.claim_id),
      ]);
      await this.audit.record(
        manager,
        ...rows.map((row) => ({
          actorId: null,
          action: 'lease.expired',
          entityType: 'claim',
          entityId: row.claim_id,
          details: { leaseId: row.id, reviewerId: row.reviewer_id, expiredAt: new Date(row.expires_at).toISOString() },
        })),
      );
      return rows.map((row) => row.claim_id);
    });
    if (expired.length > 0) {
      this.logger.log(`Expired ${expired.length} lease(s); their claims are back in the queue`);
      await this.afterCommit({ enqueue: expired });
    }
    return expired.length;
  }

  /**
   * Brings BullMQ in line with a change that has committed. BullMQ is only the order:
   * if Redis is unreachable the change stands, and reconciliation repairs the order.
   */
  async afterCommit(sync: { enqueue?: string[]; remove?: string[]; reprioritise?: QueuedClaim[] }): Promise<void> {
    const work = async () => {
      if (sync.remove?.length) await this.order.remove(sync.remove);
      if (sync.enqueue?.length) await this.enqueue(sync.enqueue);
      for (const claim of sync.reprioritise ?? []) await this.order.reprioritise(claim);
    };
    try {
      await this.redis.call('a queue update', work);
    } catch (error) {
      this.logger.warn(`Review queue order not updated; reconciliation will repair it: ${(error as Error).message}`);
    }
  }

  /**
   * Locks a lease the reviewer may act on, or says why not (404, 403, 409). With
   * `claimFirst` (for a change that also writes the claim) the claim's row is locked
   * before the lease's, the lock order above; a heartbeat touches only the lease.
   */
  private async holdLease(
    manager: EntityManager,
    leaseId: string,
    reviewer: Reviewer,
    options: { claimFirst?: boolean } = {},
  ): Promise<ClaimLeaseEntity> {
    if (options.claimFirst) {
      await manager.query(`SELECT 1 FROM claims WHERE id = (SELECT claim_id FROM claim_leases WHERE id = $1) FOR UPDATE`, [leaseId]);
    }
    const lease = await manager.findOne(ClaimLeaseEntity, { where: { id: leaseId }, lock: { mode: 'pessimistic_write' } });
    if (!lease) throw DomainError.notFound('lease', leaseId);
    if (lease.reviewerId !== reviewer.id) {
      throw new DomainError('forbidden', 'lease.not_yours', `Lease ${leaseId} belongs to another reviewer`);
    }
    if (lease.endedAt) {
      throw new DomainError('conflict', 'lease.ended', `Lease ${leaseId} has ended (${lease.endReason}); take a claim from the queue`);
    }
    if (lease.expiresAt.getTime() <= Date.now()) {
      throw new DomainError('conflict', 'lease.expired', `Lease ${leaseId} expired at ${lease.expiresAt.toISOString()}`);
    }
    return lease;
  }
}
