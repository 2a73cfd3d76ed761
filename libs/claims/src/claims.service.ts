import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ClaimView } from '@factdesk/articles';
import { ArticleEntity, ClaimEntity, ClaimLeaseEntity, VerdictEntity } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { LeaseView } from '@factdesk/review-queue';
import { VerdictView } from '@factdesk/verdicts';
import { ClaimDetailView } from './claim-detail.view';

/** How much of the article is shown around a claim, so a reviewer reads it in context. */
const CONTEXT_CHARS = 400;

/** Reads claims as reviewers see them: the claim in its article, its queue state and its verdicts. */
@Injectable()
export class ClaimsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string): Promise<ClaimDetailView> {
    const claim = await this.dataSource.getRepository(ClaimEntity).findOneBy({ id });
    if (!claim) throw DomainError.notFound('claim', id);
    const [article, lease, verdicts] = await Promise.all([
      this.dataSource.getRepository(ArticleEntity).findOneOrFail({
        select: { id: true, title: true, url: true, publisher: true, publishedAt: true, body: true },
        where: { id: claim.articleId },
      }),
      this.dataSource.getRepository(ClaimLeaseEntity).findOneBy({ claimId: id, endedAt: IsNull() }),
      this.dataSource.getRepository(VerdictEntity).find({ where: { claimId: id }, order: { version: 'ASC' } }),
    ]);
    return {
      ...ClaimView.of(claim),
      article: {
        id: article.id,
        title: article.title,
        url: article.url,
        publisher: article.publisher,
        publishedAt: article.publishedAt,
        before: article.body.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start),
        after: article.body.slice(claim.end, claim.end + CONTEXT_CHARS),
      },
      queue: {
        desk: claim.desk,
        language: claim.language,
        stage: claim.reviewStage,
        priorityBase: claim.priorityBase,
        priorityBoost: claim.priorityBoost,
        queuedAt: claim.queuedAt,
        reservedFor: claim.reservedForId,
        pulledReason: claim.pulledReason,
        lease: lease ? LeaseView.of(lease) : null,
      },
      verdicts: verdicts.map(VerdictView.of),
    };
  }
}
