import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReviewQueueOrder } from './review-queue-order.service';

export class QueueDepth {
  @ApiProperty({ example: 'world' })
  desk!: string;

  @ApiProperty({ enum: ['ready', 'leased'] })
  state!: string;

  @ApiProperty({ enum: ['first', 'second'] })
  stage!: string;

  @ApiProperty()
  claims!: number;
}

export class QueueStats {
  @ApiProperty({ type: [QueueDepth], description: 'Claims waiting or held, by desk, state and review stage' })
  depth!: QueueDepth[];

  @ApiProperty({ description: 'Claims waiting (ready) in all' })
  waiting!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Seconds the longest-waiting ready claim has waited' })
  oldestWaitingSeconds!: number | null;

  @ApiProperty({ description: 'Unexpired leases held now' })
  activeLeases!: number;

  @ApiProperty({ description: 'Reviews finished (verdict submitted) in the last hour' })
  reviewsCompletedLastHour!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Median seconds from queueing to first submitted verdict, last 30 days' })
  medianQueuedToVerdictSeconds!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Claims in the BullMQ queue: equals `waiting` unless a reconciliation is due; null when Redis does not answer',
  })
  inRedis!: number | null;
}

/** A lease held now, with who holds it and what: the leads' view of who works on what. */
export class ActiveLeaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty() claimText!: string;
  @ApiProperty({ example: 'world' }) desk!: string;
  @ApiProperty({ format: 'uuid' }) reviewerId!: string;
  @ApiProperty() reviewerName!: string;
  @ApiProperty({ enum: ['first', 'second'] }) stage!: string;
  @ApiProperty() acquiredAt!: Date;
  @ApiProperty() expiresAt!: Date;
}

/** Numbers for leads watching the queue; every figure is read from PostgreSQL but `inRedis`. */
@Injectable()
export class QueueStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly order: ReviewQueueOrder,
  ) {}

  /** Claims waiting or held now, by desk, state and review stage (the partial queue of idx_claims_state, never the history). */
  depth(): Promise<QueueDepth[]> {
    return this.dataSource.query(
      `SELECT desk, state::text AS state, review_stage::text AS stage, count(*)::int AS claims
       FROM claims WHERE state IN ('ready', 'leased') GROUP BY desk, state, review_stage ORDER BY desk, state, review_stage`,
    ) as Promise<QueueDepth[]>;
  }

  /** Unexpired open leases, soonest to expire first (the partial index of open leases, never the history). */
  activeLeases(): Promise<ActiveLeaseView[]> {
    return this.dataSource.query(
      `SELECT l.id, l.claim_id AS "claimId", c.text AS "claimText", c.desk, l.reviewer_id AS "reviewerId", u.name AS "reviewerName",
              l.stage::text AS stage, l.acquired_at AS "acquiredAt", l.expires_at AS "expiresAt"
         FROM claim_leases l
         JOIN claims c ON c.id = l.claim_id
         JOIN users u ON u.id = l.reviewer_id
        WHERE l.ended_at IS NULL AND l.expires_at > now()
        ORDER BY l.expires_at, l.id`,
    ) as Promise<ActiveLeaseView[]>;
  }

  /**
   * Each figure reads an index, so the cost follows the queue and the last 30 days, not
   * the whole history. The median looks each claim up by primary key (a claim never
   * queued gives NULL, which percentile_cont skips); as a join, PostgreSQL would rather
   * read every claim ever stored.
   */
  async stats(): Promise<QueueStats> {
    const [depth, [summary], inRedis] = await Promise.all([
      this.depth(),
      this.dataSource.query(
        `SELECT
           (SELECT count(*)::int FROM claims WHERE state = 'ready') AS waiting,
           (SELECT extract(epoch FROM now() - min(queued_at))::float8 FROM claims WHERE state = 'ready') AS oldest,
           (SELECT count(*)::int FROM claim_leases WHERE ended_at IS NULL AND expires_at > now()) AS leases,
           (SELECT count(*)::int FROM claim_leases WHERE end_reason = 'completed' AND ended_at > now() - interval '1 hour') AS completed,
           (SELECT percentile_cont(0.5) WITHIN GROUP (
                     ORDER BY extract(epoch FROM first.submitted_at - (SELECT c.queued_at FROM claims c WHERE c.id = first.claim_id)))::float8
              FROM (SELECT claim_id, min(submitted_at) AS submitted_at FROM verdicts
                    WHERE submitted_at > now() - interval '30 days' GROUP BY claim_id) first) AS median`,
      ) as Promise<Array<{ waiting: number; oldest: number | null; leases: number; completed: number; median: number | null }>>,
      // Only this figure needs Redis: without it, leads still get the rest.
      this.order.size().catch(() => null),
    ]);
    return {
      depth,
      waiting: summary!.waiting,
      oldestWaitingSeconds: summary!.oldest === null ? null : Math.round(summary!.oldest),
      activeLeases: summary!.leases,
      reviewsCompletedLastHour: summary!.completed,
      medianQueuedToVerdictSeconds: summary!.median === null ? null : Math.round(summary!.median),
      inRedis,
    };
  }
}
