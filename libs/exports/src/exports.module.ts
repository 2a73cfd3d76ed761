import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { OutboxModule } from '@factdesk/outbox';
import { ReportsModule } from '@factdesk/reports';
import { ExportFiles } from './export-files';
import { ExportReconciler } from './export-reconciler.service';
import { ExportRunner } from './export-runner.service';
import { ExportsService } from './exports.service';

const services = [ExportsService, ExportRunner, ExportReconciler, ExportFiles];

@Module({ imports: [AuditModule, OutboxModule, ReportsModule], providers: services, exports: services })
export class ExportsModule {}
