import { Injectable } from '@nestjs/common';
import { ArticleExtractionService, ExtractionOutcome } from '@factdesk/articles';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@factdesk/jobs';

type Payload = JobPayloads[JobName.ExtractArticle];

@Injectable()
@HandlesJob(JobName.ExtractArticle)
export class ExtractArticleHandler implements JobHandler<JobName.ExtractArticle> {
  constructor(private readonly extraction: ArticleExtractionService) {}

  handle({ articleId, revision }: Payload): Promise<ExtractionOutcome> {
    return this.extraction.extractArticle(articleId, revision);
  }

  async onFinalFailure({ articleId, revision }: Payload, error: Error): Promise<void> {
    await this.extraction.markFailed(articleId, error, revision);
  }
}
