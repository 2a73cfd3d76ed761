import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { EnvironmentVariables } from '@factdesk/config';
import { ReportFiltersDto } from './dto/report-filters.dto';
import { reportEncoder } from './formats';
import { OutputGate } from './output-gate';
import { ClaimReviewLayout, contentTypeFor, fileExtensionFor, ReportFormat } from './report-format';
import { reportCountQuery, reportRowsQuery } from './report-query';
import { toReportRow } from './report-row';

/**
 * Rows the cursor fetches per round trip, and so (with the stream's buffer of up to two
 * batches) about how many rows are in flight. Small, because rows still buffered when the
 * young generation is collected twice are promoted to V8's old space and stay there, as
 * garbage, until a full collection: 500 promoted about twice as much per row as 100, and
 * 100 costs no measurable speed (one round trip per 100 rows of some 2 KB each).
 */
const CURSOR_BATCH_ROWS = 100;
/** How often (in rows) `onRows` hears of progress; it also hears the final count. */
const PROGRESS_EVERY_ROWS = 1000;

export interface WriteReportOptions {
  /** Aborting stops the report: the query is cancelled, its connection closed, `output` destroyed. */
  signal?: AbortSignal;
  /** Rows written so far: every 1,000 rows and once at the end. */
  onRows?: (rowsDone: number) => void;
}

/**
 * Verdict reports: one row per claim with its current verdict, streamed from a
 * server-side cursor through the format's encoder into any Writable, so memory stays
 * flat whatever the row count. Used by GET /api/reports/verdicts and by exports.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly env: EnvironmentVariables,
  ) {}

  /** How many rows the report of these filters has now. */
  async count(filters: ReportFiltersDto): Promise<number> {
    const query = reportCountQuery(filters);
    const [row] = (await this.dataSource.query(query.sql, query.params)) as Array<{ count: number }>;
    return row.count;
  }

  contentTypeFor(format: ReportFormat, layout?: ClaimReviewLayout): string {
    return contentTypeFor(format, layout);
  }

  fileExtensionFor(format: ReportFormat, layout?: ClaimReviewLayout): string {
    return fileExtensionFor(format, layout);
  }

  /**
   * Streams the report into `output`, respecting its backpressure, and ends it. Nothing is
   * written to `output` until the report's first bytes exist: a failure before that (a bad
   * query, no connection) rejects with `output` untouched, so the caller may still answer
   * with an error. A failure afterwards (or `signal` aborting, or `output` closing early)
   * destroys `output` and rejects. In every case the cursor's connection goes back to the
   * pool, or, when the report did not finish, has its query cancelled and is closed.
   */
  async write(filters: ReportFiltersDto, output: Writable, options: WriteReportOptions = {}): Promise<{ rows: number }> {
    const { signal, onRows } = options;
    signal?.throwIfAborted();
    const query = reportRowsQuery(filters);
    const client = await this.pool().connect();
    try {
      // One transaction, so the setting below ends with it. PostgreSQL would JIT-compile a
      // query this size for a second or more before its first row; a stream wants rows at once.
      await client.query('BEGIN READ ONLY');
      await client.query('SET LOCAL jit = off');
    } catch (error) {
      client.release(true);
      throw error;
    }
    let rows = 0;
    const toRows = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        rows += 1;
        if (onRows && rows % PROGRESS_EVERY_ROWS === 0) onRows(rows);
        done(null, toReportRow(row));
      },
    });
    const cursor = client.query(new QueryStream(query.sql, query.params, { batchSize: CURSOR_BATCH_ROWS }));
    const gate = new OutputGate(output);
    const organisation = { name: this.env.FACTCHECK_ORG_NAME, url: this.env.FACTCHECK_ORG_URL };
    try {
      await pipeline([cursor, toRows, ...reportEncoder(filters, organisation), gate], { signal });
    } catch (error) {
      await this.cancel(client);
      if (gate.started) output.destroy(error as Error);
      throw error;
    }
    try {
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      client.release(true);
      throw error;
    }
    onRows?.(rows);
    return { rows };
  }

  /** Ends an unfinished report's query: cancels it if it is still running, then closes its connection. */
  private async cancel(client: PoolClient): Promise<void> {
    const pid = (client as unknown as { processID?: number }).processID;
    try {
      if (pid) await this.pool().query('SELECT pg_cancel_backend($1)', [pid]);
    } catch (error) {
      this.logger.warn(`Could not cancel the report query of backend ${pid}: ${(error as Error).message}`);
    } finally {
      client.release(true);
    }
  }

  private pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }
}
