import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { EvidenceModule } from '@factdesk/evidence';
import { OutboxModule } from '@factdesk/outbox';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { VerdictsService } from './verdicts.service';

@Module({
  imports: [AuditModule, EvidenceModule, OutboxModule, ReviewQueueModule],
  providers: [VerdictsService],
  exports: [VerdictsService],
})
export class VerdictsModule {}
