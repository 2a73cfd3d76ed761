import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { OutboxModule } from '@factdesk/outbox';
import { SourcesModule } from '@factdesk/sources';
import { ConflictsModule } from '@factdesk/conflicts';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { ArticleExtractionService } from './article-extraction.service';
import { ArticlesService } from './articles.service';
import { ClaimCarryOverService } from './claim-carry-over.service';
import { ExtractionReconciler } from './extraction-reconciler.service';

@Module({
  imports: [AuditModule, OutboxModule, SourcesModule, ConflictsModule, ReviewQueueModule],
  providers: [ArticlesService, ArticleExtractionService, ExtractionReconciler, ClaimCarryOverService],
  exports: [ArticlesService, ArticleExtractionService, ExtractionReconciler],
})
export class ArticlesModule {}
