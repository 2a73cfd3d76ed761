import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ConflictsModule } from '@factdesk/conflicts';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { SourcesModule } from '@factdesk/sources';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [AuditModule, ReviewQueueModule, SourcesModule, ConflictsModule],
  providers: [EvidenceService],
  exports: [EvidenceService],
})
export class EvidenceModule {}
