import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import { ExportEntity, ExportStatus, OutboxEventType } from '@factdesk/database';
import { classifyJobFailure } from '@factdesk/jobs';
import { OutboxService } from '@factdesk/outbox';
import { ReportFiltersDto, ReportsService } from '@factdesk/reports';
import { ExportFiles } from './export-files';
import { exportDownloadPath } from './export.view';

export type ExportOutcome = 'completed' | 'skipped';

/** How often progress reaches PostgreSQL (and the job) while rows stream: often enough to watch, rarely enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 250;

const PENDING = [ExportStatus.Queued, ExportStatus.Running];

/**
 * The worker side of exports: writes the file, records progress, completes (with the
 * `export.completed` event) or fails, and removes files past their retention.
 */
@Injectable()
export class ExportRunner {
  private readonly logger = new Logger(ExportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly files: ExportFiles,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly env: EnvironmentVariables,
  ) {}

  /**
   * Writes the export from scratch whatever an earlier attempt left (a retry, or a worker
   * that died mid-file): counts the rows, streams the report into `<id>.<ext>.part`, and
   * renames it to `<id>.<ext>` only once complete, so a file under its final name is always whole.
   * An export no longer pending (completed, failed, expired, unknown) is skipped.
   */
  async write(exportId: string, job?: Job): Promise<ExportOutcome> {
    const repository = this.dataSource.getRepository(ExportEntity);
    const started = await repository
      .createQueryBuilder()
      .update()
      .set({
        status: ExportStatus.Running,
        startedAt: () => 'now()',
        rowsDone: 0,
        rowsTotal: null,
        error: null,
        attempts: () => 'attempts + 1',
      })
      .where({ id: exportId, status: In(PENDING) })
      .returning('*')
      .execute();
    const row = (started.raw as Array<Record<string, unknown>>)[0];
    if (!row) return 'skipped';
    const filters = plainToInstance(ReportFiltersDto, row.filters as object);
    const format = filters.format;

    const rowsTotal = await this.reports.count(filters);
    await repository.update({ id: exportId }, { rowsTotal });
    await mkdir(this.files.dir, { recursive: true });
    const fileName = this.files.fileName(exportId, this.reports.fileExtensionFor(format, filters.claimreviewLayout));
    const partial = this.files.path(`${fileName}.part`);
    const progress = new ProgressReporter(async (rowsDone) => {
      await repository.update({ id: exportId, status: ExportStatus.Running }, { rowsDone });
      await job?.updateProgress({
        rowsDone,
        rowsTotal,
        percent: rowsTotal ? Math.min(100, Math.floor((rowsDone * 100) / rowsTotal)) : null,
      });
    });
    const output = createWriteStream(partial); // flags 'w': whatever an earlier attempt wrote is gone
    let rows: number;
    try {
      // write() ends the file (and destroys it on failure).
      ({ rows } = await this.reports.write(filters, output, { onRows: (done) => progress.report(done) }));
      await finished(output);
      await progress.settled();
    } catch (error) {
      output.destroy();
      await progress.settled().catch(() => undefined);
      await rm(partial, { force: true });
      throw error;
    }
    await rename(partial, this.files.path(fileName));
    const { size } = await stat(this.files.path(fileName));
    await this.dataSource.transaction(async (manager) => {
      const completed = await manager
        .createQueryBuilder()
        .update(ExportEntity)
        .set({
          status: ExportStatus.Completed,
          rowsDone: rows,
          fileName,
          bytes: String(size),
          completedAt: () => 'now()',
          expiresAt: () => `now() + interval '1 millisecond' * ${this.env.EXPORT_RETENTION_MS}`,
        })
        .where({ id: exportId, status: ExportStatus.Running })
        .returning(['expiresAt'])
        .execute();
      const expiresAt = (completed.raw as Array<{ expires_at: Date }>)[0]?.expires_at;
      if (!expiresAt) return; // another attempt finished it first: the same file, already announced
      await this.outbox.record(manager, {
        type: OutboxEventType.ExportCompleted,
        aggregateType: 'export',
        aggregateId: exportId,
        payload: {
          id: exportId,
          format,
          rows,
          bytes: size,
          downloadPath: exportDownloadPath(exportId),
          expiresAt: expiresAt.toISOString(),
        },
      });
      await this.audit.record(manager, {
        actorId: null,
        action: 'export.completed',
        entityType: 'export',
        entityId: exportId,
        details: { rows, bytes: size },
      });
    });
    return 'completed';
  }

  /** After the last attempt: `failed`, with a short classified reason (the raw error goes to the log only). */
  async markFailed(exportId: string, error: unknown): Promise<void> {
    const reason = classifyJobFailure(error, 'export_error');
    this.logger.warn(`Export ${exportId} failed: ${error instanceof Error ? error.message : String(error)}`);
    await this.dataSource.transaction(async (manager) => {
      const failed = await manager.update(
        ExportEntity,
        { id: exportId, status: In(PENDING) },
        { status: ExportStatus.Failed, error: reason, failedAt: () => 'now()' },
      );
      if (!failed.affected) return;
      await this.audit.record(manager, {
        actorId: null,
        action: 'export.failed',
        entityType: 'export',
        entityId: exportId,
        details: { reason },
      });
    });
  }

  /** Removes the files of completed exports past `expires_at` and marks them `expired` (the rows stay). */
  async expireDue(): Promise<number> {
    const repository = this.dataSource.getRepository(ExportEntity);
    let expired = 0;
    for (;;) {
      const due = await repository.find({
        where: { status: ExportStatus.Completed, expiresAt: LessThanOrEqual(new Date()) },
        order: { expiresAt: 'ASC' },
        take: 100,
      });
      for (const row of due) {
        if (row.fileName) await rm(this.files.path(row.fileName), { force: true });
        await this.dataSource.transaction(async (manager) => {
          const result = await manager.update(
            ExportEntity,
            { id: row.id, status: ExportStatus.Completed },
            { status: ExportStatus.Expired, expiredAt: () => 'now()' },
          );
          if (result.affected)
            await this.audit.record(manager, { actorId: null, action: 'export.expired', entityType: 'export', entityId: row.id });
        });
        expired += 1;
      }
      if (due.length < 100) break;
    }
    if (expired) this.logger.log(`Removed ${expired} expired export file(s)`);
    return expired;
  }
}

/**
 * Passes the latest row count on at most every PROGRESS_INTERVAL_MS, one write at a
 * time and never holding up the rows; `settled()` writes the last count and waits.
 */
class ProgressReporter {
  private latest = 0;
  private written = -1;
  private lastAt = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private busy = false;

  constructor(private readonly save: (rowsDone: number) => Promise<void>) {}

  report(rowsDone: number): void {
    this.latest = rowsDone;
    if (this.busy || Date.now() - this.lastAt < PROGRESS_INTERVAL_MS) return;
    this.flush();
  }

  async settled(): Promise<void> {
    await this.inFlight;
    if (this.written !== this.latest) {
      this.flush();
      await this.inFlight;
    }
  }

  private flush(): void {
    const rowsDone = this.latest;
    this.busy = true;
    this.lastAt = Date.now();
    this.inFlight = this.save(rowsDone).then(
      () => {
        this.written = rowsDone;
        this.busy = false;
      },
      (error: Error) => {
        this.busy = false;
        throw error;
      },
    );
    // A failed progress write must not become an unhandled rejection mid-stream; settled() still reports it.
    this.inFlight.catch(() => undefined);
  }
}
