import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { VerdictsService } from './verdicts.service';

@Module({ imports: [AuditModule, ReviewQueueModule], providers: [VerdictsService], exports: [VerdictsService] })
export class VerdictsModule {}
