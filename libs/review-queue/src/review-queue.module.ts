import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ClaimTriageService } from './claim-triage.service';
import { QueueStatsService } from './queue-stats.service';
import { ReviewQueueOrder } from './review-queue-order.service';
import { ReviewQueueReconciler } from './review-queue-reconciler.service';
import { ReviewQueueService } from './review-queue.service';

const services = [ReviewQueueOrder, ReviewQueueService, ClaimTriageService, QueueStatsService, ReviewQueueReconciler];

/** Needs JobsModule (the BullMQ queue) and RedisModule from the app. */
@Module({ imports: [AuditModule], providers: services, exports: services })
export class ReviewQueueModule {}
