import { Body, Controller, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { ExportsService, ExportView } from '@factdesk/exports';
import { ReportFiltersDto } from '@factdesk/reports';
import { UuidParam } from '../http/uuid-param';

@ApiTags('exports')
@ApiBearerAuth()
@Controller('api/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post()
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiResponse({
    status: 202,
    type: ExportView,
    description:
      'The export, `queued`: a worker writes the file (GET /api/exports/:id to follow it). Accepted with Redis down too: the worker queues it when Redis is back',
  })
  @ApiResponse({ status: 400, description: 'A filter or the format is invalid' })
  @ApiResponse({ status: 403, description: 'Reviewers cannot export' })
  async request(@Body() filters: ReportFiltersDto, @CurrentUser() user: AuthenticatedUser): Promise<ExportView> {
    return ExportView.of(await this.exports.request(filters, user));
  }

  @Get(':id')
  @Roles(Role.Lead)
  @ApiOkResponse({ type: ExportView })
  @ApiResponse({ status: 404, description: 'No such export, or it was asked for by someone else (only admins see every export)' })
  async get(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<ExportView> {
    return ExportView.of(await this.exports.get(id, user));
  }

  @Get(':id/download')
  @Roles(Role.Lead)
  @ApiProduces(
    'text/csv',
    'application/x-ndjson',
    'application/ld+json',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiResponse({ status: 200, description: 'The file, as an attachment (Content-Disposition)' })
  @ApiResponse({ status: 404, description: 'No such export, or not yours' })
  @ApiResponse({ status: 409, description: 'Not completed yet (or failed): `errors.status` says which' })
  @ApiResponse({ status: 410, description: 'Expired: the file was removed after EXPORT_RETENTION_MS' })
  async download(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    const file = await this.exports.download(id, user);
    response.status(HttpStatus.OK);
    response.attachment(file.fileName); // before Content-Type: it would set one from the extension
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(file.bytes));
    await pipeline(file.stream, response).catch(() => undefined); // a client that goes away ends the read; nothing to answer
  }
}
