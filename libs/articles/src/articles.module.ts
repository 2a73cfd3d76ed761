import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ReviewQueueModule } from '@factdesk/review-queue';
import { ArticleExtractionService } from './article-extraction.service';
import { ArticlesService } from './articles.service';
import { ExtractionReconciler } from './extraction-reconciler.service';

@Module({
  imports: [AuditModule, ReviewQueueModule],
  providers: [ArticlesService, ArticleExtractionService, ExtractionReconciler],
  exports: [ArticlesService, ArticleExtractionService, ExtractionReconciler],
})
export class ArticlesModule {}
