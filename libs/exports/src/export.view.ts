import { ApiProperty } from '@nestjs/swagger';
import { ExportEntity, ExportStatus } from '@factdesk/database';

/** Where an export's file is downloaded from (also in the `export.completed` event). */
export const exportDownloadPath = (id: string) => `/api/exports/${id}/download`;

/** An export as its requester (or an admin) sees it: what was asked, how far the worker is, where the file is. */
export class ExportView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ExportStatus }) status!: ExportStatus;
  @ApiProperty({ enum: ['csv', 'xlsx', 'ndjson', 'claimreview'] }) format!: string;
  @ApiProperty({ type: Object, description: 'The report filters as given (the same as GET /api/reports/verdicts takes)' })
  filters!: Record<string, unknown>;
  @ApiProperty({ format: 'uuid' }) requestedBy!: string;
  @ApiProperty({ description: 'Rows written so far (all of them once completed)' }) rowsDone!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Rows the report has, counted before writing; null until counted' })
  rowsTotal!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '0–100 once the total is known; 100 when completed' })
  percent!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Size of the file once completed' }) bytes!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it failed: a short class (`file_error: ENOSPC`, `timeout`, …)' })
  error!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Set once completed (and not expired)', example: '/api/exports/…/download' })
  downloadPath!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) startedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) failedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the file will be (or was) removed' })
  expiresAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) expiredAt!: Date | null;

  static of(row: ExportEntity): ExportView {
    const completed = row.status === ExportStatus.Completed || row.status === ExportStatus.Expired;
    return {
      id: row.id,
      status: row.status,
      format: row.format,
      filters: row.filters,
      requestedBy: row.requestedById,
      rowsDone: row.rowsDone,
      rowsTotal: row.rowsTotal,
      percent: completed
        ? 100
        : row.rowsTotal === null
          ? null
          : row.rowsTotal === 0
            ? 0
            : Math.min(100, Math.floor((row.rowsDone * 100) / row.rowsTotal)),
      bytes: row.bytes === null ? null : Number(row.bytes),
      error: row.error,
      downloadPath: row.status === ExportStatus.Completed ? exportDownloadPath(row.id) : null,
      createdAt: row.createdAt,
      startedAt: row.startedAt,
      completedAt: row.completedAt,
      failedAt: row.failedAt,
      expiresAt: row.expiresAt,
      expiredAt: row.expiredAt,
    };
  }
}
