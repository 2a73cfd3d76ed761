import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { instanceToPlain, plainToInstance } from 'class-transformer';
import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import type { AuthenticatedUser } from '@factdesk/auth';
import { ExportEntity, ExportStatus, Role } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { BoundedRedis, jobIds, JobName, QueueName } from '@factdesk/jobs';
import { ReportFiltersDto, ReportsService } from '@factdesk/reports';
import { ExportFiles } from './export-files';

export interface ExportDownload {
  stream: ReadStream;
  /** What the browser saves it as. */
  fileName: string;
  contentType: string;
  bytes: number;
}

/** The request side of exports: asking for one, watching it, downloading its file. */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Exports) private readonly queue: Queue,
    private readonly redis: BoundedRedis,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
    private readonly files: ExportFiles,
  ) {}

  /**
   * Stores the export `queued` with its audit record, then enqueues its job (id from the
   * export's id, so enqueueing again is harmless). With Redis away the export is still
   * accepted: it stays `queued` and the worker's reconciliation enqueues it.
   */
  async request(filters: ReportFiltersDto, user: AuthenticatedUser): Promise<ExportEntity> {
    const row = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ExportEntity, {
          requestedById: user.id,
          format: filters.format,
          filters: instanceToPlain(filters),
          status: ExportStatus.Queued,
        }),
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'export.requested',
        entityType: 'export',
        entityId: saved.id,
        details: { format: saved.format, filters: saved.filters },
      });
      return saved;
    });
    await this.enqueue(row.id);
    return row;
  }

  async enqueue(exportId: string): Promise<void> {
    try {
      await this.redis.call('the export enqueue', () =>
        this.queue.add(JobName.WriteExport, { exportId }, { jobId: jobIds.writeExport(exportId) }),
      );
    } catch (error) {
      this.logger.warn(`Could not enqueue export ${exportId} (reconciliation will retry): ${(error as Error).message}`);
    }
  }

  /** Visible to whoever asked for it and to admins; to anyone else it does not exist. */
  async get(id: string, user: AuthenticatedUser): Promise<ExportEntity> {
    const row = await this.dataSource.getRepository(ExportEntity).findOneBy({ id });
    if (!row || (row.requestedById !== user.id && user.role !== Role.Admin)) throw DomainError.notFound('export', id);
    return row;
  }

  /** The completed file: 409 before it is complete (or when it failed), 410 once it expired. */
  async download(id: string, user: AuthenticatedUser): Promise<ExportDownload> {
    const row = await this.get(id, user);
    if (row.status === ExportStatus.Expired) {
      throw new DomainError('gone', 'export.expired', `Export ${id} expired at ${row.expiredAt?.toISOString()}; its file was removed`);
    }
    if (row.status !== ExportStatus.Completed || !row.fileName) {
      throw new DomainError('conflict', 'export.not_ready', `Export ${id} is ${row.status}; its file can be downloaded once completed`, {
        status: row.status,
      });
    }
    // Opened before answering, so a file removed behind our back is a 410, not a broken response.
    const handle = await open(this.files.path(row.fileName), 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new DomainError('gone', 'export.file_missing', `The file of export ${id} is no longer there`);
      throw error;
    });
    const { size } = await handle.stat();
    const { format, claimreviewLayout } = plainToInstance(ReportFiltersDto, row.filters);
    return {
      stream: handle.createReadStream(),
      fileName: `verdicts-${row.createdAt.toISOString().slice(0, 10)}-${row.id.slice(0, 8)}.${this.reports.fileExtensionFor(format, claimreviewLayout)}`,
      contentType: this.reports.contentTypeFor(format, claimreviewLayout),
      bytes: size,
    };
  }
}
