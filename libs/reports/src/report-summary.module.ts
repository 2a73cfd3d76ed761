import { Module } from '@nestjs/common';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { ReportSummaryService } from './report-summary.service';

/** The leads' summary figures (GET /api/reports/summary); the queue's depth comes from libs/review-queue. */
@Module({ imports: [ReviewQueueModule], providers: [ReportSummaryService], exports: [ReportSummaryService] })
export class ReportSummaryModule {}
