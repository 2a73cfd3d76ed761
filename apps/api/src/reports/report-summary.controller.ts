import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { ReportSummary, ReportSummaryQuery, ReportSummaryService } from '@factdesk/reports';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/reports')
export class ReportSummaryController {
  constructor(private readonly summary: ReportSummaryService) {}

  @Get('summary')
  @Roles(Role.Lead)
  @ApiOkResponse({ type: ReportSummary, description: 'Figures over a date range (default: the last 30 days) for the leads’ dashboard' })
  @ApiResponse({ status: 400, description: 'A bad date, or from not before to' })
  @ApiResponse({ status: 403, description: 'Reviewers cannot read reports' })
  async get(@Query() query: ReportSummaryQuery): Promise<ReportSummary> {
    return this.summary.summary(query);
  }
}
