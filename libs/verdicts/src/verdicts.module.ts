import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ConflictsModule } from '@factdesk/conflicts';
import { OutboxModule } from '@factdesk/outbox';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { VerdictsService } from './verdicts.service';

@Module({
  imports: [AuditModule, OutboxModule, ConflictsModule, ReviewQueueModule],
  providers: [VerdictsService],
  exports: [VerdictsService],
})
export class VerdictsModule {}
