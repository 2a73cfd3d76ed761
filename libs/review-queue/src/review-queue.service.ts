import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import { ClaimLeaseEntity, ClaimSkipEntity, ClaimState, LeaseEndReason, ReleaseReason } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { priorityScore, toQueuePriority } from './priority';
import { QueuedClaim, ReviewQueueOrder, withinTimeout } from './review-queue-order.service';

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

/** The columns a claim's queue priority is computed from, as PostgreSQL returns them. */
export interface QueueRow {
  priority_base: number;
  priority_boost: number;
  queued_at: Date | null;
}

interface LeaseRow {
  id: string;
  claim_id: string;
  reviewer_id: string;
  stage: ClaimLeaseEntity['stage'];
  acquired_at: Date;
  expires_at: Date;
}

/**
 * The review queue's rules. PostgreSQL decides who holds what: a claim moves from
 * `ready` to `leased` in one conditional UPDATE that skips rows other transactions
 * hold, and a partial unique index allows one open lease per claim. BullMQ supplies
 * the order (ReviewQueueOrder); if the two disagree, PostgreSQL wins and the
 * reconciler repairs BullMQ.
 */
@Injectable()
export class ReviewQueueService {
  private readonly logger = new Logger(ReviewQueueService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly order: ReviewQueueOrder,
    private readonly env: EnvironmentVariables,
  ) {}

  /** Leases the most urgent claim this reviewer may take, or returns null when there is none. */
  async leaseNext(reviewer: Reviewer, filters: LeaseFilters = {}): Promise<ClaimLeaseEntity | null> {
    const stale: string[] = [];
    const lease = await this.dataSource.transaction(async (manager) => {
      // One lease request at a time per reviewer, so the limit below cannot be raced past.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [reviewer.id]);
      const [{ held }] = (await manager.query(
        `SELECT count(*)::int AS held FROM claim_leases WHERE reviewer_id = $1 AND ended_at IS NULL AND expires_at > now()`,
        [reviewer.id],
      )) as Array<{ held: number }>;
      if (held >= this.env.MAX_LEASES_PER_REVIEWER) {
        throw new DomainError(
          'conflict',
          'lease.limit_reached',
          `You already hold ${held} lease(s), the most allowed (${this.env.MAX_LEASES_PER_REVIEWER}); finish or release one first`,
        );
      }

      let lease: ClaimLeaseEntity | undefined;
      for (let page = 0; page < MAX_CANDIDATE_PAGES && !lease; page += 1) {
        const candidates = await this.order.range(page * CANDIDATE_PAGE, CANDIDATE_PAGE).catch((error: Error) => {
          // Redis unreachable: reviewers keep working in PostgreSQL's own order until it is back.
          this.logger.warn(`Review queue order unavailable, leasing in database order: ${error.message}`);
          return null;
        });
        if (candidates === null) {
          lease = await this.pick(manager, reviewer.id, filters, null);
          break;
        }
        lease = await this.pick(manager, reviewer.id, filters, candidates);
        if (!lease) stale.push(...(await this.notReady(manager, candidates)));
        if (candidates.length < CANDIDATE_PAGE) break;
        if (page === MAX_CANDIDATE_PAGES - 1 && !lease) lease = await this.pick(manager, reviewer.id, filters, null);
      }
      if (!lease) return null;

      await this.audit.record(manager, {
        actorId: reviewer.id,
        action: 'lease.acquired',
        entityType: 'claim',
        entityId: lease.claimId,
        details: { leaseId: lease.id, stage: lease.stage, expiresAt: lease.expiresAt.toISOString() },
      });
      return lease;
    });
    await this.afterCommit({ remove: lease ? [lease.claimId, ...stale] : stale });
    return lease;
  }

  /**
   * Moves one claim from `ready` to `leased` and opens its lease, in one statement:
   * among `candidates` in their order, or (candidates null) in PostgreSQL's own
   * priority order. SKIP LOCKED lets concurrent reviewers pass each other instead of
   * queueing on the same row.
   */
  private async pick(
    manager: EntityManager,
    reviewerId: string,
    filters: LeaseFilters,
    candidates: string[] | null,
  ): Promise<ClaimLeaseEntity | undefined> {
    const ordering =
      candidates === null
        ? `(c.reserved_for_id IS NOT NULL) DESC, c.priority_base + c.priority_boost DESC, c.queued_at`
        : `(c.reserved_for_id IS NOT NULL) DESC, array_position($6::uuid[], c.id)`;
    const scope = candidates === null ? `c.state = 'ready'` : `c.state = 'ready' AND (c.id = ANY($6::uuid[]) OR c.reserved_for_id = $1)`;
    const rows = (await manager.query(
      `WITH picked AS (
         SELECT c.id FROM claims c
         WHERE ${scope}
           AND (c.reserved_for_id IS NULL OR c.reserved_for_id = $1)
           AND c.excluded_reviewer_id IS DISTINCT FROM $1
           AND ($2::text IS NULL OR c.desk = $2)
           AND ($3::text IS NULL OR c.language = $3 OR c.language LIKE $3 || '-%')
           AND NOT EXISTS (SELECT 1 FROM claim_skips s WHERE s.claim_id = c.id AND s.reviewer_id = $1 AND s.until > $4)
         ORDER BY ${ordering}
         LIMIT 1
         FOR UPDATE OF c SKIP LOCKED
       ), claimed AS (
         UPDATE claims SET state = 'leased', reserved_for_id = NULL FROM picked WHERE claims.id = picked.id
         RETURNING claims.id, claims.review_stage
       )
       INSERT INTO claim_leases (claim_id, reviewer_id, stage, acquired_at, expires_at)
       SELECT id, $1, review_stage, $4, $4::timestamptz + make_interval(secs => $5::float8 / 1000) FROM claimed
       RETURNING id, claim_id, reviewer_id, stage, acquired_at, expires_at`,
      [
        reviewerId,
        filters.desk ?? null,
        filters.language ?? null,
        new Date(),
        this.env.LEASE_DURATION_MS,
        ...(candidates === null ? [] : [candidates]),
      ],
    )) as LeaseRow[];
    const row = rows[0];
    if (!row) return undefined;
    return manager.create(ClaimLeaseEntity, {
      id: row.id,
      claimId: row.claim_id,
      reviewerId: row.reviewer_id,
      stage: row.stage,
      acquiredAt: row.acquired_at,
      expiresAt: row.expires_at,
      endedAt: null,
      endReason: null,
    });
  }

  /** Of these claims, those no longer waiting: leftovers in BullMQ to drop. */
  async notReady(manager: EntityManager, candidates: string[]): Promise<string[]> {
    if (candidates.length === 0) return [];
    const rows = (await manager.query(
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
      const lease = await this.holdLease(manager, leaseId, reviewer);
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
    const lease = await manager
      .getRepository(ClaimLeaseEntity)
      .createQueryBuilder('lease')
      .setLock('pessimistic_write')
      .where('lease.claim_id = :claimId AND lease.reviewer_id = :reviewerId', { claimId, reviewerId: reviewer.id })
      .orderBy('lease.acquired_at', 'DESC')
      .getOne();
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

  /** Ends a lease; the caller decides where the claim goes next (same transaction). */
  async endLease(
    manager: EntityManager,
    lease: ClaimLeaseEntity,
    reason: LeaseEndReason,
    extra: Partial<Pick<ClaimLeaseEntity, 'releaseReason' | 'note'>> = {},
  ): Promise<void> {
    lease.endedAt = new Date();
    lease.endReason = reason;
    await manager.update(ClaimLeaseEntity, { id: lease.id }, { endedAt: lease.endedAt, endReason: reason, ...extra });
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

  async recordQueuePriorities(queued: Array<{ claimId: string; priority: number }>): Promise<void> {
    await this.dataSource.query(
      `UPDATE claims SET queue_priority = q.priority
       FROM unnest($1::uuid[], $2::int[]) AS q(id, priority) WHERE claims.id = q.id`,
      [queued.map((q) => q.claimId), queued.map((q) => q.priority)],
    );
  }

  /** Ends every lease past its expiry and returns its claim to the queue; returns how many. */
  async expireDue(): Promise<number> {
    const expired = await this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE claim_leases SET ended_at = now(), end_reason = 'expired'
         WHERE id IN (
           SELECT id FROM claim_leases WHERE ended_at IS NULL AND expires_at <= now()
           ORDER BY expires_at LIMIT 500 FOR UPDATE SKIP LOCKED
         )
         RETURNING id, claim_id, reviewer_id, expires_at`,
      )) as [Array<{ id: string; claim_id: string; reviewer_id: string; expires_at: Date }>, number];
      if (rows.length === 0) return [];
      await manager.query(`UPDATE claims SET state = 'ready' WHERE id = ANY($1::uuid[]) AND state = 'leased'`, [
        rows.map((row) => row.claim_id),
      ]);
      for (const row of rows) {
        await this.audit.record(manager, {
          actorId: null,
          action: 'lease.expired',
          entityType: 'claim',
          entityId: row.claim_id,
          details: { leaseId: row.id, reviewerId: row.reviewer_id, expiredAt: new Date(row.expires_at).toISOString() },
        });
      }
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
      await withinTimeout(work(), 'a queue update');
    } catch (error) {
      this.logger.warn(`Review queue order not updated; reconciliation will repair it: ${(error as Error).message}`);
    }
  }

  /** Locks a lease the reviewer may act on, or says why not (404, 403, 409). */
  private async holdLease(manager: EntityManager, leaseId: string, reviewer: Reviewer): Promise<ClaimLeaseEntity> {
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
