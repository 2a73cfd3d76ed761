import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { OutboxModule } from '@factdesk/outbox';
import { SourcesModule } from '@factdesk/sources';
import { ConflictsService } from './conflicts.service';

@Module({ imports: [AuditModule, OutboxModule, SourcesModule], providers: [ConflictsService], exports: [ConflictsService] })
export class ConflictsModule {}
