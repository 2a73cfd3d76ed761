import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { OutboxModule } from '@factdesk/outbox';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { VerdictsService } from './verdicts.service';

@Module({
  imports: [AuditModule, OutboxModule, ReviewQueueModule],
  providers: [VerdictsService],
  exports: [VerdictsService],
})
export class VerdictsModule {}
