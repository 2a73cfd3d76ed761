import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { ReportFiltersDto, ReportsService } from '@factdesk/reports';

/** Verdict reports for team leads, streamed as they are read from the database. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  constructor(private readonly reports: ReportsService) {}

  @Get('verdicts')
  @Roles(Role.Lead)
  @ApiProduces(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/x-ndjson',
    'application/ld+json',
  )
  @ApiOkResponse({
    description:
      'One row per claim with its current verdict, streamed (CSV, XLSX, NDJSON, or ClaimReview JSON-LD of published verdicts). ' +
      'Errors before the first byte are JSON; once streaming has begun, an error ends the stream early (the download is incomplete).',
  })
  @ApiResponse({ status: 403, description: 'Reviewers may not export' })
  async verdicts(@Query() filters: ReportFiltersDto, @Res() response: Response): Promise<void> {
    const disconnected = new AbortController();
    const onClose = (): void => {
      if (!response.writableFinished) disconnected.abort(new Error('The client went away before the report was complete'));
    };
    response.on('close', onClose);
    const extension = this.reports.fileExtensionFor(filters.format, filters.claimreviewLayout);
    response.setHeader('Content-Type', this.reports.contentTypeFor(filters.format, filters.claimreviewLayout));
    response.setHeader('Content-Disposition', `attachment; filename="verdicts-${new Date().toISOString().slice(0, 10)}.${extension}"`);
    response.setHeader('Cache-Control', 'no-store');
    try {
      const { rows } = await this.reports.write(filters, response, { signal: disconnected.signal });
      this.logger.log(`Verdict report (${filters.format}) sent: ${rows} rows`);
    } catch (error) {
      if (disconnected.signal.aborted && !response.headersSent) {
        this.logger.warn(`Verdict report (${filters.format}) stopped before its first byte: the client went away`);
        return;
      }
      if (!response.headersSent) {
        // Nothing was sent: the error is answered as JSON like any other.
        response.removeHeader('Content-Disposition');
        response.removeHeader('Content-Type');
        throw error;
      }
      // Streaming had begun: the response was ended early; say why in the log.
      if (disconnected.signal.aborted) this.logger.warn(`Verdict report (${filters.format}) stopped: the client went away`);
      else this.logger.error(`Verdict report (${filters.format}) failed while streaming: ${(error as Error).stack ?? String(error)}`);
    } finally {
      response.off('close', onClose);
    }
  }
}
