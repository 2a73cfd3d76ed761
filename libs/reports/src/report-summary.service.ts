import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@factdesk/errors';
import { QueueStatsService } from '@factdesk/review-queue';
import { ReportSummaryQuery } from './report-summary.query';
import { DurationStats, HourFigures, OpenConflicts, RatingCount, ReportSummary, ReviewerCount, SourceCount } from './report-summary.view';

const DEFAULT_RANGE_MS = 30 * 24 * 3600 * 1000;

/**
 * A claim's row looked up by primary key, one per verdict in the range (LIMIT 1 keeps
 * PostgreSQL from turning it into a join, which would rather read every claim ever stored).
 */
const CLAIM_OF = (alias: string) =>
  `JOIN LATERAL (SELECT c.desk, c.source_id, c.queued_at FROM claims c WHERE c.id = ${alias}.claim_id LIMIT 1) c ON true`;

/**
 * Each claim once, with the newest verdict version submitted in [$1, $2) that stands or
 * stood (submitted, approved, published, or published and since corrected), on desk $3
 * when given. Reads the verdicts of the range through idx_verdicts_submitted_at.
 */
const DECIDED = `
  SELECT d.rating, d.author_id, c.source_id
    FROM (SELECT DISTINCT ON (v.claim_id) v.claim_id, v.rating, v.author_id
            FROM verdicts v
           WHERE v.submitted_at >= $1 AND v.submitted_at < $2
             AND (v.state IN ('submitted', 'approved', 'published') OR (v.state = 'superseded' AND v.published_at IS NOT NULL))
           ORDER BY v.claim_id, v.version DESC) d
    ${CLAIM_OF('d')}
   WHERE $3::text IS NULL OR c.desk = $3`;

/** The verdict timestamp a duration ends at: a fixed list, never input. */
type Milestone = 'submitted_at' | 'published_at';

@Injectable()
export class ReportSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queueStats: QueueStatsService,
  ) {}

  async summary(query: ReportSummaryQuery): Promise<ReportSummary> {
    const to = query.to ?? new Date();
    const from = query.from ?? new Date(to.getTime() - DEFAULT_RANGE_MS);
    if (from >= to) throw new DomainError('invalid', 'report.bad_range', 'from must be before to');
    const desk = query.desk ?? null;
    const params = [from, to, desk];
    const [byRating, bySource, byReviewer, queuedToVerdict, queuedToPublication, byHour, openConflicts, depth] = await Promise.all([
      this.dataSource.query(
        `SELECT rating::text AS rating, count(*)::int AS claims FROM (${DECIDED}) s GROUP BY rating ORDER BY claims DESC, rating`,
        params,
      ) as Promise<RatingCount[]>,
      this.dataSource.query(
        `SELECT s.source_id AS "sourceId", src.slug, src.name, s.claims
           FROM (SELECT source_id, count(*)::int AS claims FROM (${DECIDED}) d GROUP BY source_id) s
           LEFT JOIN sources src ON src.id = s.source_id
          ORDER BY s.claims DESC, src.name NULLS LAST`,
        params,
      ) as Promise<SourceCount[]>,
      this.dataSource.query(
        `SELECT s.author_id AS "reviewerId", u.name, s.claims
           FROM (SELECT author_id, count(*)::int AS claims FROM (${DECIDED}) d GROUP BY author_id) s
           LEFT JOIN users u ON u.id = s.author_id
          ORDER BY s.claims DESC, u.name`,
        params,
      ) as Promise<ReviewerCount[]>,
      this.durations('submitted_at', params),
      this.durations('published_at', params),
      this.byHour(to, desk),
      this.openConflicts(desk),
      this.queueStats.depth(),
    ]);
    const queueDepth = depth.filter((row) => desk === null || row.desk === desk);
    const inState = (state: string) => queueDepth.filter((row) => row.state === state).reduce((sum, row) => sum + row.claims, 0);
    return {
      from,
      to,
      desk,
      verdicts: byRating.reduce((sum, row) => sum + row.claims, 0),
      byRating,
      bySource,
      byReviewer,
      queuedToVerdict,
      queuedToPublication,
      byHour,
      openConflicts,
      queue: { waiting: inState('ready'), leased: inState('leased'), depth: queueDepth },
    };
  }

  /**
   * From queueing to a claim's first `milestone`, for claims whose first one falls in the
   * range (a claim submitted or published before the range is not counted again). The claim's
   * first milestone is looked up per claim of the range (an aggregate in a lateral subquery
   * stays a lookup; as an anti-join, PostgreSQL would read every verdict before the range).
   */
  private async durations(milestone: Milestone, params: unknown[]): Promise<DurationStats> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS claims,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY t.seconds)::float8 AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY t.seconds)::float8 AS p90
         FROM (SELECT extract(epoch FROM first.at - c.queued_at) AS seconds
                 FROM (SELECT DISTINCT claim_id FROM verdicts WHERE ${milestone} >= $1 AND ${milestone} < $2) f
                 ${CLAIM_OF('f')}
                 CROSS JOIN LATERAL (SELECT min(p.${milestone}) AS at FROM verdicts p WHERE p.claim_id = f.claim_id) first
                WHERE first.at >= $1 AND c.queued_at IS NOT NULL AND ($3::text IS NULL OR c.desk = $3)) t`,
      params,
    )) as Array<{ claims: number; median: number | null; p90: number | null }>;
    const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
    return { claims: row!.claims, medianSeconds: round(row!.median), p90Seconds: round(row!.p90) };
  }

  /**
   * The 24 hours up to `to`: for each hour, the claims whose first verdict was submitted in it and
   * their median time from queueing (the same lookups as `durations`, over one day's verdicts).
   */
  private async byHour(to: Date, desk: string | null): Promise<HourFigures[]> {
    const rows = (await this.dataSource.query(
      `WITH bounds AS (SELECT date_trunc('hour', $1::timestamptz) - interval '23 hours' AS start),
            firsts AS (
              SELECT first.at, extract(epoch FROM first.at - c.queued_at) AS seconds
                FROM (SELECT DISTINCT claim_id FROM verdicts, bounds WHERE submitted_at >= bounds.start AND submitted_at < $1) f
                ${CLAIM_OF('f')}
                CROSS JOIN LATERAL (SELECT min(p.submitted_at) AS at FROM verdicts p WHERE p.claim_id = f.claim_id) first
                CROSS JOIN bounds
               WHERE first.at >= bounds.start AND ($2::text IS NULL OR c.desk = $2))
       SELECT h.hour, count(f.at)::int AS verdicts, percentile_cont(0.5) WITHIN GROUP (ORDER BY f.seconds)::float8 AS median
         FROM bounds CROSS JOIN generate_series(bounds.start, bounds.start + interval '23 hours', interval '1 hour') AS h(hour)
         LEFT JOIN firsts f ON f.at >= h.hour AND f.at < h.hour + interval '1 hour'
        GROUP BY h.hour ORDER BY h.hour`,
      [to, desk],
    )) as Array<{ hour: Date; verdicts: number; median: number | null }>;
    return rows.map((row) => ({
      hour: row.hour,
      verdicts: row.verdicts,
      medianSecondsToVerdict: row.median === null ? null : Math.round(row.median),
    }));
  }

  /** Conflicts open now (partial index idx_conflicts_open), on the desk of their claim or else their article. */
  private async openConflicts(desk: string | null): Promise<OpenConflicts> {
    const rows = (await this.dataSource.query(
      `SELECT k.status::text AS status, count(*)::int AS conflicts FROM conflicts k
        WHERE k.status IN ('proposed', 'confirmed')
          AND ($1::text IS NULL OR coalesce((SELECT c.desk FROM claims c WHERE c.id = k.claim_id),
                                            (SELECT a.desk FROM articles a WHERE a.id = k.article_id)) = $1)
        GROUP BY k.status`,
      [desk],
    )) as Array<{ status: string; conflicts: number }>;
    const count = (status: string) => rows.find((row) => row.status === status)?.conflicts ?? 0;
    return { proposed: count('proposed'), confirmed: count('confirmed'), total: count('proposed') + count('confirmed') };
  }
}
