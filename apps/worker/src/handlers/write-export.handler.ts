import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ExportOutcome, ExportRunner } from '@factdesk/exports';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@factdesk/jobs';

type Payload = JobPayloads[JobName.WriteExport];

@Injectable()
@HandlesJob(JobName.WriteExport)
export class WriteExportHandler implements JobHandler<JobName.WriteExport> {
  constructor(private readonly runner: ExportRunner) {}

  handle({ exportId }: Payload, job: Job<Payload>): Promise<ExportOutcome> {
    return this.runner.write(exportId, job);
  }

  async onFinalFailure({ exportId }: Payload, error: Error): Promise<void> {
    await this.runner.markFailed(exportId, error);
  }
}
