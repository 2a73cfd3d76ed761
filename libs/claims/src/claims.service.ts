import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimView } from '@factdesk/articles';
import { ConflictsService, ConflictView } from '@factdesk/conflicts';
import { ClaimEntity, ClaimLeaseEntity, entityFromRow, newestFirstPage, Page, preparedQuery, selectColumns } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { EvidenceService, EvidenceView } from '@factdesk/evidence';
import { LeaseView } from '@factdesk/review-queue';
import { VerdictsService, VerdictView, VerdictWithHistoryView } from '@factdesk/verdicts';
import { ClaimDetailView } from './claim-detail.view';
import { ClaimMatchesService } from './claim-matches.service';
import { ListClaimsQuery } from './dto/list-claims.query';

/** How much of the article is shown around a claim, so a reviewer reads it in context. */
const CONTEXT_CHARS = 400;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads claims as reviewers see them: the claim in its article, its queue state, evidence, conflicts, verdicts and matches. */
@Injectable()
export class ClaimsService {
  private detailStatement?: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly evidence: EvidenceService,
    private readonly conflicts: ConflictsService,
    private readonly verdicts: VerdictsService,
    private readonly matches: ClaimMatchesService,
  ) {}

  async get(id: string): Promise<ClaimDetailView> {
    // First the claim with its article and open lease, and whether it has evidence, conflicts or
    // verdicts at all (one prepared statement); then only the lists that are not empty (a claim
    // fresh from the queue has none). Every reviewer reads this, twice per claim they take.
    const [row] = await preparedQuery<Record<string, unknown>>(this.dataSource, this.detailSql(), [id]);
    if (!row) throw DomainError.notFound('claim', id);
    const claim = entityFromRow(this.dataSource, ClaimEntity, row, 'claim_');
    const lease = row.lease_id === null ? null : entityFromRow(this.dataSource, ClaimLeaseEntity, row, 'lease_');
    const [evidence, conflicts, history, matches] = await Promise.all([
      row.has_evidence ? this.evidence.forClaim(id) : [],
      row.has_conflicts ? this.conflicts.forClaim(id) : [],
      row.has_verdicts ? this.verdicts.historyOf(id) : [],
      row.has_matches ? this.matches.forClaim(id) : [],
    ]);
    const body = row.article_body as string;
    return {
      ...ClaimView.of(claim),
      article: {
        id: claim.articleId,
        title: row.article_title as string,
        url: row.article_url as string | null,
        publisher: row.article_publisher as string | null,
        publishedAt: row.article_published_at as Date | null,
        before: body.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start),
        after: body.slice(claim.end, claim.end + CONTEXT_CHARS),
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
      evidence: evidence.map(EvidenceView.of),
      conflicts: conflicts.map(ConflictView.of),
      verdicts: history.map(VerdictWithHistoryView.withHistory),
      matches,
    };
  }

  /** The claim-detail statement, built once from the entities' columns. */
  private detailSql(): string {
    this.detailStatement ??= `SELECT ${selectColumns(this.dataSource, ClaimEntity, 'c', 'claim_')},
           a.title AS article_title, a.url AS article_url, a.publisher AS article_publisher,
           a.published_at AS article_published_at, coalesce(r.body, a.body) AS article_body,
           ${selectColumns(this.dataSource, ClaimLeaseEntity, 'l', 'lease_')},
           EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.deleted_at IS NULL) AS has_evidence,
           EXISTS (SELECT 1 FROM conflicts k WHERE k.claim_id = c.id)
             OR EXISTS (SELECT 1 FROM conflict_sides s WHERE s.claim_id = c.id) AS has_conflicts,
           EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id) AS has_verdicts,
           EXISTS (SELECT 1 FROM claim_matches m WHERE m.claim_id = c.id)
             OR EXISTS (SELECT 1 FROM claim_matches m WHERE m.matched_claim_id = c.id) AS has_matches
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      -- The body of the revision the claim's offsets are in (a withdrawn claim's is older than the article's).
      LEFT JOIN article_revisions r ON r.article_id = c.article_id AND r.revision = c.revision
      LEFT JOIN claim_leases l ON l.claim_id = c.id AND l.ended_at IS NULL
     WHERE c.id = $1`;
    return this.detailStatement;
  }

  /** Claims newest first, filtered; each with its current verdict, if any. */
  async list(query: ListClaimsQuery): Promise<Page<ClaimEntity & { currentVerdict?: VerdictView | null }>> {
    const builder = this.dataSource.getRepository(ClaimEntity).createQueryBuilder('claim');
    // The current verdict: the published version if any (a correction may be waiting), else the newest not superseded.
    const current = `(SELECT v.rating FROM verdicts v WHERE v.claim_id = claim.id AND v.state <> 'superseded'
                       ORDER BY v.state = 'published' DESC, v.version DESC LIMIT 1)`;
    if (query.state) builder.andWhere('claim.state = :state', { state: query.state });
    if (query.desk) builder.andWhere('claim.desk = :desk', { desk: query.desk });
    if (query.publishedVerdictWithdrawn !== undefined) {
      builder.andWhere('claim.published_verdict_withdrawn = :flagged', { flagged: query.publishedVerdictWithdrawn });
    }
    if (query.rating) builder.andWhere(`${current} = :rating`, { rating: query.rating });
    if (query.source) {
      const bySlug = `(SELECT s.id FROM sources s WHERE s.slug = :source)`;
      builder.andWhere(
        UUID.test(query.source)
          ? '(claim.source_id = :source OR claim.outlet_source_id = :source)'
          : `(claim.source_id IN ${bySlug} OR claim.outlet_source_id IN ${bySlug})`,
        { source: query.source },
      );
    }
    if (query.reviewer) {
      builder.andWhere(
        `(EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = claim.id AND v.author_id = :reviewer)
          OR EXISTS (SELECT 1 FROM claim_leases l WHERE l.claim_id = claim.id AND l.reviewer_id = :reviewer AND l.ended_at IS NULL))`,
        { reviewer: query.reviewer },
      );
    }
    if (query.from) builder.andWhere('claim.created_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('claim.created_at < :to', { to: query.to });
    const page = await newestFirstPage(builder, 'claim', query);
    const currentVerdicts = await this.currentVerdicts(page.items.map((claim) => claim.id));
    return { ...page, items: page.items.map((claim) => Object.assign(claim, { currentVerdict: currentVerdicts.get(claim.id) ?? null })) };
  }

  private async currentVerdicts(claimIds: string[]): Promise<Map<string, VerdictView>> {
    if (claimIds.length === 0) return new Map();
    const rows = await this.verdicts.currentFor(claimIds);
    return new Map(rows.map((verdict) => [verdict.claimId, VerdictView.of(verdict)]));
  }
}
