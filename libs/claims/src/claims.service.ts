import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimView } from '@factdesk/articles';
import { ClaimEntity, ClaimLeaseEntity, VerdictEntity } from '@factdesk/database';
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
    // Two queries, run side by side: the claim with its article and open lease, and its verdicts.
    const [claim, verdicts] = await Promise.all([
      this.dataSource
        .getRepository(ClaimEntity)
        .createQueryBuilder('claim')
        .innerJoin('claim.article', 'article')
        .addSelect(['article.id', 'article.title', 'article.url', 'article.publisher', 'article.publishedAt', 'article.body'])
        .leftJoinAndMapOne('claim.openLease', ClaimLeaseEntity, 'lease', 'lease.claim_id = claim.id AND lease.ended_at IS NULL')
        .where('claim.id = :id', { id })
        .getOne() as Promise<(ClaimEntity & { openLease?: ClaimLeaseEntity | null }) | null>,
      this.dataSource.getRepository(VerdictEntity).find({ where: { claimId: id }, order: { version: 'ASC' } }),
    ]);
    if (!claim) throw DomainError.notFound('claim', id);
    const article = claim.article!;
    const lease = claim.openLease;
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
