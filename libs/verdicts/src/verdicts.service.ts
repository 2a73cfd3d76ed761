import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import { openConflictExists } from '@factdesk/conflicts';
import {
  ArticleEntity,
  ClaimEntity,
  EvidenceEntity,
  ClaimLeaseEntity,
  ClaimState,
  hasRole,
  LeaseEndReason,
  newestFirstPage,
  OutboxEventType,
  Page,
  ReviewStage,
  Role,
  VerdictEntity,
  VERDICT_TRANSITIONS,
  VerdictState,
  VerdictTransitionEntity,
  entityFromRow,
  insertInto,
  preparedQuery,
  updateIn,
  WriteBatch,
  WriteTarget,
} from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { EvidenceService, UncitableReason } from '@factdesk/evidence';
import { OutboxService } from '@factdesk/outbox';
import { newestLeaseSql, ReviewQueueService } from '@factdesk/review-queue';
import { RATING_VALUE, verdictClaimReview } from './claim-review';
import { CorrectVerdictDto, CreateVerdictDto, ListVerdictsQuery, ReviseVerdictDto } from './dto/create-verdict.dto';

/** A correction carries its note from the start; a first verdict and its revisions never do. */
function isCorrection(verdict: VerdictEntity): boolean {
  return verdict.correctionNote !== null;
}

export interface Actor {
  id: string;
  role: Role;
}

/** A verdict version with its state changes and the evidence versions it cited, exactly as cited. */
export interface VerdictRecord {
  verdict: VerdictEntity;
  transitions: VerdictTransitionEntity[];
  evidence: EvidenceEntity[];
}

const UNCITABLE: Record<UncitableReason, string> = {
  unknown: 'no such evidence',
  other_claim: 'evidence of another claim',
  deleted: 'deleted evidence',
};

/** What to do with the queue once a transaction commits. */
interface QueueFollowUp {
  enqueue: string[];
  remove: string[];
}

/**
 * The verdict lifecycle: draft → submitted → approved | rejected → published, and
 * corrections after publishing. Content is never overwritten: a revision or a
 * correction is a new version, the one it replaces becomes "superseded", and every
 * state change is kept in verdict_transitions. Each change writes the audit log (and,
 * for publishing and corrections, an outbox event) in its own transaction.
 */
@Injectable()
export class VerdictsService {
  private readonly secondReviewRatings: ReadonlySet<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly outbox: OutboxService,
    private readonly queue: ReviewQueueService,
    private readonly env: EnvironmentVariables,
  ) {
    this.secondReviewRatings = new Set(env.SECOND_REVIEW_RATINGS);
  }

  /**
   * A new draft (the claim's next version); with `dto.submit`, submitted in the same
   * transaction. Needs the claim's lease. The path every review takes, so it costs one
   * statement to lock and read and one to write.
   */
  async create(claimId: string, dto: CreateVerdictDto, author: Actor): Promise<VerdictEntity> {
    return this.changing(async (manager, followUp) => {
      const { lease, nextVersion, openConflict } = await this.lockClaimForAuthor(manager, claimId, author);
      await this.requireCitable(manager, claimId, dto.evidenceIds ?? []);
      const verdict = this.newVersion(claimId, nextVersion, author, dto, VerdictState.Draft);
      // Stored in its final state (a batch cannot update the row it inserts); the history still reads draft → submitted.
      if (dto.submit) Object.assign(verdict, this.submission(verdict, openConflict));
      const batch = new WriteBatch(manager);
      batch.insert(VerdictEntity, [verdict]);
      await this.recordTransition(batch, verdict.id, null, VerdictState.Draft, author, null);
      await this.audit.record(batch, {
        actorId: author.id,
        action: 'verdict.drafted',
        entityType: 'verdict',
        entityId: verdict.id,
        details: { claimId, version: verdict.version, rating: verdict.rating },
      });
      if (dto.submit) await this.recordSubmission(batch, verdict, claimId, author, lease, openConflict);
      verdict.createdAt = (await batch.flush()).now;
      await this.afterSubmission(manager, verdict, claimId, followUp);
      return verdict;
    });
  }

  /** A revised draft: a new version; the old draft is kept, superseded. */
  async revise(verdictId: string, dto: ReviseVerdictDto, author: Actor): Promise<VerdictEntity> {
    return this.changing(async (manager) => {
      const previous = await this.lockVerdict(manager, verdictId);
      if (previous.state === VerdictState.Published) {
        throw new DomainError(
          'conflict',
          'verdict.published',
          `Verdict ${verdictId} is published and cannot be edited; a lead publishes a correction (POST /api/verdicts/${verdictId}/corrections)`,
        );
      }
      this.requireState(previous, VerdictState.Draft, 'edited');
      if (previous.authorId !== author.id)
        throw new DomainError('forbidden', 'verdict.not_author', 'Only the author of a draft can edit it');
      const { nextVersion } = await this.lockClaimForAuthor(manager, previous.claimId, author);
      await this.requireCitable(manager, previous.claimId, dto.evidenceIds ?? previous.evidenceIds);
      const verdict = await this.insertVersion(
        manager,
        previous.claimId,
        author,
        {
          rating: dto.rating ?? previous.rating,
          rationale: dto.rationale ?? previous.rationale,
          evidenceIds: dto.evidenceIds ?? previous.evidenceIds,
        },
        VerdictState.Draft,
        { supersedesId: previous.id },
        nextVersion,
      );
      await this.moveTo(manager, previous, VerdictState.Superseded, author, `revised as version ${verdict.version}`);
      await this.audit.record(manager, {
        actorId: author.id,
        action: 'verdict.revised',
        entityType: 'verdict',
        entityId: verdict.id,
        details: { claimId: previous.claimId, version: verdict.version, supersedes: previous.id, rating: verdict.rating },
      });
      return verdict;
    });
  }

  async submit(verdictId: string, author: Actor): Promise<VerdictEntity> {
    return this.changing(async (manager, followUp) => {
      const verdict = await this.lockVerdict(manager, verdictId);
      if (verdict.authorId !== author.id)
        throw new DomainError('forbidden', 'verdict.not_author', 'Only the author of a draft can submit it');
      this.requireState(verdict, VerdictState.Draft, 'submitted');
      const { lease, openConflict } = await this.lockClaimForAuthor(manager, verdict.claimId, author);
      await this.requireCitable(manager, verdict.claimId, verdict.evidenceIds);
      const submission = this.submission(verdict, openConflict);
      Object.assign(verdict, submission);
      const batch = new WriteBatch(manager);
      batch.update(VerdictEntity, { id: verdict.id }, submission);
      await this.recordSubmission(batch, verdict, verdict.claimId, author, lease, openConflict);
      await batch.flush();
      await this.afterSubmission(manager, verdict, verdict.claimId, followUp);
      return verdict;
    });
  }

  /** Second review: anyone but the author; a reviewer only where the policy asks for a second reviewer, else a lead. */
  async approve(verdictId: string, actor: Actor, note?: string): Promise<VerdictEntity> {
    return this.changing(async (manager, followUp) => {
      const verdict = await this.lockVerdict(manager, verdictId);
      this.requireState(verdict, VerdictState.Submitted, 'approved');
      this.requireSecondReviewer(verdict, actor, 'approve');
      const claim = await this.queue.lockClaim(manager, verdict.claimId);
      requireNotWithdrawn(claim);
      await this.closeSecondReview(manager, claim, actor, followUp);
      await manager.update(ClaimEntity, { id: claim.id }, { state: ClaimState.Reviewed, excludedReviewerId: null, reservedForId: null });
      await this.moveTo(manager, verdict, VerdictState.Approved, actor, note ?? null);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'verdict.approved',
        entityType: 'verdict',
        entityId: verdict.id,
        details: { claimId: claim.id, note: note ?? null },
      });
      return verdict;
    });
  }

  /** Sends the verdict back: the claim returns to the queue for its author to revise, the reason attached. */
  async reject(verdictId: string, actor: Actor, reason: string): Promise<VerdictEntity> {
    return this.changing(async (manager, followUp) => {
      const verdict = await this.lockVerdict(manager, verdictId);
      this.requireState(verdict, VerdictState.Submitted, 'rejected');
      this.requireSecondReviewer(verdict, actor, 'reject');
      const claim = await this.queue.lockClaim(manager, verdict.claimId);
      requireNotWithdrawn(claim);
      await this.closeSecondReview(manager, claim, actor, followUp);
      if (isCorrection(verdict)) {
        // The published version it would have replaced stays published; a lead may file another correction.
        await manager.update(
          ClaimEntity,
          { id: claim.id },
          { state: ClaimState.Reviewed, reviewStage: ReviewStage.First, excludedReviewerId: null, reservedForId: null },
        );
      } else {
        await manager.update(
          ClaimEntity,
          { id: claim.id },
          { reviewStage: ReviewStage.First, excludedReviewerId: null, reservedForId: verdict.authorId },
        );
        await this.queue.returnToQueue(manager, [claim.id]);
        followUp.enqueue.push(claim.id);
      }
      await this.moveTo(manager, verdict, VerdictState.Rejected, actor, reason.trim());
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'verdict.rejected',
        entityType: 'verdict',
        entityId: verdict.id,
        details: { claimId: claim.id, reason: reason.trim() },
      });
      return verdict;
    });
  }

  async publish(verdictId: string, lead: Actor): Promise<VerdictEntity> {
    return this.changing(async (manager) => {
      const verdict = await this.lockVerdict(manager, verdictId);
      if (verdict.state === VerdictState.Submitted) {
        throw new DomainError(
          'conflict',
          'verdict.not_approved',
          `Verdict ${verdictId} is "submitted": it must be approved before it is published`,
        );
      }
      this.requireState(verdict, VerdictState.Approved, 'published');
      const correction = isCorrection(verdict);
      await this.supersedePublished(
        manager,
        verdict.claimId,
        lead,
        correction ? `corrected by version ${verdict.version}: ${verdict.correctionNote}` : `replaced by version ${verdict.version}`,
      );
      verdict.publishedAt = new Date();
      await this.moveTo(manager, verdict, VerdictState.Published, lead, null, { publishedAt: verdict.publishedAt });
      if (correction) {
        await this.recordCorrection(manager, verdict, lead);
        return verdict;
      }
      await this.audit.record(manager, {
        actorId: lead.id,
        action: 'verdict.published',
        entityType: 'verdict',
        entityId: verdict.id,
        details: { claimId: verdict.claimId, version: verdict.version, rating: verdict.rating },
      });
      await this.announce(manager, verdict, OutboxEventType.VerdictPublished);
      return verdict;
    });
  }

  /**
   * A correction of a published verdict, as a new version carrying its note. It follows
   * the second-review policy: to a rating in SECOND_REVIEW_RATINGS (or while a conflict
   * about the claim is open, where that counts) it is submitted, the claim goes back to
   * the queue for a second reviewer, and the published version stays published until the
   * correction is approved and published. Otherwise it is published at once and the old
   * version superseded. `verdict.corrected` is written when the correction is published.
   */
  async correct(verdictId: string, dto: CorrectVerdictDto, lead: Actor): Promise<VerdictEntity> {
    return this.changing(async (manager, followUp) => {
      const published = await this.lockVerdict(manager, verdictId);
      this.requireState(published, VerdictState.Published, 'corrected');
      const claimId = published.claimId;
      await this.queue.lockClaim(manager, claimId);
      const pending = await manager.findOne(VerdictEntity, {
        select: { id: true, state: true },
        where: { claimId, state: In([VerdictState.Submitted, VerdictState.Approved]) },
      });
      if (pending) {
        throw new DomainError(
          'conflict',
          'verdict.correction_pending',
          `Verdict ${pending.id} on this claim is "${pending.state}": approve and publish or reject it before another correction`,
        );
      }
      const evidenceIds = dto.evidenceIds ?? published.evidenceIds;
      await this.requireCitable(manager, claimId, evidenceIds);
      const note = dto.note.trim();
      const content = { rating: dto.rating, rationale: dto.rationale, evidenceIds };
      const now = new Date();
      const openConflict = await this.countsOpenConflict(manager, claimId);
      if (!this.secondReviewRatings.has(dto.rating) && !openConflict) {
        const correction = await this.insertVersion(manager, claimId, lead, content, VerdictState.Published, {
          supersedesId: published.id,
          correctionNote: note,
          submittedAt: now,
          publishedAt: now,
        });
        await this.moveTo(manager, published, VerdictState.Superseded, lead, `corrected by version ${correction.version}: ${note}`);
        await this.recordCorrection(manager, correction, lead);
        return correction;
      }
      const correction = await this.insertVersion(manager, claimId, lead, content, VerdictState.Submitted, {
        supersedesId: published.id,
        correctionNote: note,
        submittedAt: now,
        needsSecondReview: true,
      });
      await manager.update(
        ClaimEntity,
        { id: claimId },
        { reviewStage: ReviewStage.Second, excludedReviewerId: lead.id, reservedForId: null },
      );
      await this.afterSubmission(manager, correction, claimId, followUp);
      await this.audit.record(manager, {
        actorId: lead.id,
        action: 'verdict.correction_submitted',
        entityType: 'verdict',
        entityId: correction.id,
        details: { claimId, corrects: published.id, version: correction.version, rating: correction.rating, note, openConflict },
      });
      return correction;
    });
  }

  async get(verdictId: string): Promise<VerdictRecord> {
    const verdict = await this.dataSource.getRepository(VerdictEntity).findOneBy({ id: verdictId });
    if (!verdict) throw DomainError.notFound('verdict', verdictId);
    const transitions = await this.dataSource.getRepository(VerdictTransitionEntity).find({ where: { verdictId }, order: { id: 'ASC' } });
    return { verdict, transitions, evidence: await this.evidence.cited(verdict.evidenceIds) };
  }

  /** Newest first, keyset-paginated; filtered by state, claim or author. */
  async list(query: ListVerdictsQuery): Promise<Page<VerdictEntity>> {
    const builder = this.dataSource.getRepository(VerdictEntity).createQueryBuilder('v');
    if (query.state) builder.andWhere('v.state = :state', { state: query.state });
    if (query.claimId) builder.andWhere('v.claim_id = :claimId', { claimId: query.claimId });
    if (query.authorId) builder.andWhere('v.author_id = :authorId', { authorId: query.authorId });
    return newestFirstPage(builder, 'v', query);
  }

  /** Each claim's current verdict: its published version if any (a correction may be waiting), else its newest not superseded. */
  async currentFor(claimIds: string[]): Promise<VerdictEntity[]> {
    return (
      this.dataSource
        .getRepository(VerdictEntity)
        .createQueryBuilder('v')
        .distinctOn(['v.claim_id'])
        .where('v.claim_id IN (:...claimIds)', { claimIds })
        .andWhere(`v.state <> 'superseded'`)
        .orderBy('v.claim_id')
        // The published version while a correction of it waits for review (or was rejected).
        .addOrderBy(`v.state = 'published'`, 'DESC')
        .addOrderBy('v.version', 'DESC')
        .getMany()
    );
  }

  /** Every version of a claim's verdict with its transitions and cited evidence, oldest first: the readable history. */
  async historyOf(claimId: string): Promise<VerdictRecord[]> {
    const verdicts = await this.dataSource.getRepository(VerdictEntity).find({ where: { claimId }, order: { version: 'ASC' } });
    if (verdicts.length === 0) return [];
    const transitions = await this.dataSource
      .getRepository(VerdictTransitionEntity)
      .createQueryBuilder('t')
      .where('t.verdict_id IN (:...ids)', { ids: verdicts.map((verdict) => verdict.id) })
      .orderBy('t.id', 'ASC')
      .getMany();
    const evidence = new Map(
      (await this.evidence.cited([...new Set(verdicts.flatMap((verdict) => verdict.evidenceIds))])).map((item) => [item.id, item]),
    );
    return verdicts.map((verdict) => ({
      verdict,
      transitions: transitions.filter((t) => t.verdictId === verdict.id),
      evidence: verdict.evidenceIds.flatMap((id) => evidence.get(id) ?? []),
    }));
  }

  /** Runs a change in a transaction, then brings BullMQ in line with what it committed. */
  private async changing<T>(work: (manager: EntityManager, followUp: QueueFollowUp) => Promise<T>): Promise<T> {
    const followUp: QueueFollowUp = { enqueue: [], remove: [] };
    const result = await this.dataSource.transaction((manager) => work(manager, followUp));
    await this.queue.afterCommit(followUp);
    return result;
  }

  /** What submitting changes on the verdict: whether it needs a second reviewer (by rating, or an open conflict if configured). */
  private submission(verdict: VerdictEntity, openConflict: boolean): Pick<VerdictEntity, 'state' | 'needsSecondReview' | 'submittedAt'> {
    return {
      state: VerdictState.Submitted,
      needsSecondReview: this.secondReviewRatings.has(verdict.rating) || openConflict,
      submittedAt: new Date(),
    };
  }

  /** The rest of a submission: its transition, the lease closed, the claim reviewed or off to second review, the audit record. */
  private async recordSubmission(
    batch: WriteBatch,
    verdict: VerdictEntity,
    claimId: string,
    author: Actor,
    lease: ClaimLeaseEntity,
    openConflict: boolean,
  ): Promise<void> {
    await this.recordTransition(batch, verdict.id, VerdictState.Draft, VerdictState.Submitted, author, null);
    await this.queue.endLease(batch, lease, LeaseEndReason.Completed);
    batch.update(
      ClaimEntity,
      { id: claimId },
      verdict.needsSecondReview
        ? { reviewStage: ReviewStage.Second, excludedReviewerId: author.id, reservedForId: null }
        : { state: ClaimState.Reviewed },
    );
    await this.audit.record(batch, {
      actorId: author.id,
      action: 'verdict.submitted',
      entityType: 'verdict',
      entityId: verdict.id,
      details: {
        claimId,
        rating: verdict.rating,
        needsSecondReview: verdict.needsSecondReview,
        openConflict,
        leaseId: lease.id,
      },
    });
  }

  /** A verdict that needs a second reviewer sends its claim back to the queue (after the batch: it changes the same claim row). */
  private async afterSubmission(manager: EntityManager, verdict: VerdictEntity, claimId: string, followUp: QueueFollowUp): Promise<void> {
    if (verdict.state !== VerdictState.Submitted || !verdict.needsSecondReview) return;
    await this.queue.returnToQueue(manager, [claimId]);
    followUp.enqueue.push(claimId);
  }

  /**
   * For an author writing on a claim, in one statement: the claim locked, the author's
   * first-review lease on it locked and checked, the claim's next verdict version and
   * whether a conflict about it is open (and SECOND_REVIEW_ON_OPEN_CONFLICT counts it). The claim is locked
   * before the lease (ReviewQueueService's lock order): the materialised CTE runs first, as LATERAL puts it
   * on the outer side of the join.
   */
  private async lockClaimForAuthor(
    manager: EntityManager,
    claimId: string,
    author: Actor,
  ): Promise<{ lease: ClaimLeaseEntity; nextVersion: number; openConflict: boolean }> {
    const [row] = await preparedQuery<
      Record<string, unknown> & {
        id: string | null;
        next_version: number;
        open_conflict: boolean;
        claim_state: ClaimState;
        withdrawn_in_revision: number | null;
      }
    >(
      manager,
      `WITH c AS MATERIALIZED (SELECT id, state, withdrawn_in_revision FROM claims WHERE id = $1 FOR UPDATE)
       SELECT c.state AS claim_state, c.withdrawn_in_revision,
              (SELECT coalesce(max(v.version), 0) + 1 FROM verdicts v WHERE v.claim_id = c.id) AS next_version,
              ${openConflictExists('c.id')} AS open_conflict,
              l.*
         FROM c
         LEFT JOIN LATERAL (${newestLeaseSql('c.id', '$2')}) l ON true`,
      [claimId, author.id],
    );
    if (!row) throw DomainError.notFound('claim', claimId);
    requireNotWithdrawn({ id: claimId, state: row.claim_state, withdrawnInRevision: row.withdrawn_in_revision });
    const lease = this.queue.requireHeld(claimId, row.id ? entityFromRow(this.dataSource, ClaimLeaseEntity, row) : undefined);
    if (lease.stage === ReviewStage.Second) {
      throw new DomainError(
        'conflict',
        'verdict.in_second_review',
        `Claim ${claimId} is in second review: approve or reject its submitted verdict`,
      );
    }
    return { lease, nextVersion: row.next_version, openConflict: this.conflictCounts(row.open_conflict) };
  }

  /** 400 listing each evidenceIds entry that is unknown, of another claim, or deleted. */
  private async requireCitable(manager: EntityManager, claimId: string, evidenceIds: string[]): Promise<void> {
    const bad = await this.evidence.uncitable(manager, claimId, evidenceIds);
    if (bad.length === 0) return;
    const problems = bad.map(({ id, reason }) => `${id}: ${UNCITABLE[reason]}`);
    throw new DomainError(
      'invalid',
      'verdict.bad_evidence',
      `evidenceIds must be live evidence on claim ${claimId}; not usable: ${problems.join('; ')}`,
      [{ field: 'evidenceIds', problems, ids: bad.map(({ id }) => id), reasons: bad }],
    );
  }

  /** An open conflict is counted only where the policy says it needs a second reviewer (SECOND_REVIEW_ON_OPEN_CONFLICT). */
  private conflictCounts(openConflict: boolean): boolean {
    return this.env.SECOND_REVIEW_ON_OPEN_CONFLICT === 'true' && openConflict;
  }

  /** Whether an open conflict about the claim asks for a second reviewer. */
  private async countsOpenConflict(manager: EntityManager, claimId: string): Promise<boolean> {
    const [row] = (await manager.query(`SELECT ${openConflictExists('$1::uuid')} AS open`, [claimId])) as Array<{ open: boolean }>;
    return this.conflictCounts(row?.open === true);
  }

  /** A correction just published: its audit record and the `verdict.corrected` event. */
  private async recordCorrection(manager: EntityManager, correction: VerdictEntity, lead: Actor): Promise<void> {
    await this.audit.record(manager, {
      actorId: lead.id,
      action: 'verdict.corrected',
      entityType: 'verdict',
      entityId: correction.id,
      details: {
        claimId: correction.claimId,
        corrects: correction.supersedesId,
        version: correction.version,
        rating: correction.rating,
        note: correction.correctionNote,
      },
    });
    await this.announce(manager, correction, OutboxEventType.VerdictCorrected, {
      corrects: correction.supersedesId,
      note: correction.correctionNote,
    });
  }

  private requireSecondReviewer(verdict: VerdictEntity, actor: Actor, action: string): void {
    if (verdict.authorId === actor.id) {
      throw new DomainError('forbidden', 'verdict.own_verdict', `You wrote this verdict; someone else must ${action} it`);
    }
    if (!verdict.needsSecondReview && !hasRole(actor.role, Role.Lead)) {
      throw new DomainError('forbidden', 'verdict.lead_only', `Only a lead can ${action} a verdict that needs no second review`);
    }
  }

  /** Ends the second-review lease on the claim, if any: completed when it is the actor's, revoked otherwise. */
  private async closeSecondReview(manager: EntityManager, claim: ClaimEntity, actor: Actor, followUp: QueueFollowUp): Promise<void> {
    const lease = await this.queue.lockOpenLease(manager, claim.id);
    if (lease?.reviewerId === actor.id) await this.queue.endLease(manager, lease, LeaseEndReason.Completed);
    else if (lease) await this.queue.revokeLease(manager, lease, actor.id, { because: 'verdict decided from the list' });
    if (claim.state === ClaimState.Ready) followUp.remove.push(claim.id);
  }

  private async supersedePublished(manager: EntityManager, claimId: string, actor: Actor, reason: string): Promise<void> {
    const current = await manager.find(VerdictEntity, {
      where: { claimId, state: VerdictState.Published },
      lock: { mode: 'pessimistic_write' },
    });
    for (const verdict of current) await this.moveTo(manager, verdict, VerdictState.Superseded, actor, reason);
  }

  /** verdict.published / verdict.corrected, carrying the ClaimReview newsrooms embed. */
  private async announce(
    manager: EntityManager,
    verdict: VerdictEntity,
    type: OutboxEventType,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const claim = await manager.findOneByOrFail(ClaimEntity, { id: verdict.claimId });
    const article = await manager.findOneOrFail(ArticleEntity, {
      select: { id: true, url: true, publishedAt: true },
      where: { id: claim.articleId },
    });
    await this.outbox.record(manager, {
      type,
      aggregateType: 'verdict',
      aggregateId: verdict.id,
      payload: {
        verdictId: verdict.id,
        claimId: claim.id,
        articleId: article.id,
        version: verdict.version,
        rating: verdict.rating,
        ratingValue: RATING_VALUE[verdict.rating],
        ...extra,
        claimReview: verdictClaimReview(verdict, claim, article, { name: this.env.FACTCHECK_ORG_NAME, url: this.env.FACTCHECK_ORG_URL }),
      },
    });
  }

  private async insertVersion(
    manager: EntityManager,
    claimId: string,
    author: Actor,
    content: Pick<CreateVerdictDto, 'rating' | 'rationale' | 'evidenceIds'>,
    state: VerdictState,
    extra: Partial<VerdictEntity> = {},
    version?: number,
  ): Promise<VerdictEntity> {
    const next =
      version ??
      (
        (await manager.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM verdicts WHERE claim_id = $1`, [claimId])) as Array<{
          next: number;
        }>
      )[0]!.next;
    const verdict = Object.assign(this.newVersion(claimId, next, author, content, state), extra);
    await manager.insert(VerdictEntity, verdict);
    await this.recordTransition(manager, verdict.id, null, verdict.state, author, extra.correctionNote ?? null);
    return verdict;
  }

  /** A verdict version not yet stored, with its id chosen here so writes in the same batch can refer to it. */
  private newVersion(
    claimId: string,
    version: number,
    author: Actor,
    content: Pick<CreateVerdictDto, 'rating' | 'rationale' | 'evidenceIds'>,
    state: VerdictState,
  ): VerdictEntity {
    return Object.assign(new VerdictEntity(), {
      id: randomUUID(),
      claimId,
      version,
      authorId: author.id,
      rating: content.rating,
      rationale: content.rationale.trim(),
      evidenceIds: content.evidenceIds ?? [],
      state,
      needsSecondReview: false,
      supersedesId: null,
      correctionNote: null,
      submittedAt: null,
      publishedAt: null,
    });
  }

  private async lockVerdict(manager: EntityManager, verdictId: string): Promise<VerdictEntity> {
    const verdict = await manager.findOne(VerdictEntity, { where: { id: verdictId }, lock: { mode: 'pessimistic_write' } });
    if (!verdict) throw DomainError.notFound('verdict', verdictId);
    return verdict;
  }

  private requireState(verdict: VerdictEntity, expected: VerdictState, action: string): void {
    if (verdict.state !== expected) {
      throw new DomainError(
        'conflict',
        'verdict.wrong_state',
        `Verdict ${verdict.id} is "${verdict.state}"; only a "${expected}" verdict can be ${action}`,
      );
    }
  }

  private async moveTo(
    target: WriteTarget,
    verdict: VerdictEntity,
    to: VerdictState,
    actor: Actor,
    reason: string | null,
    changes: Partial<VerdictEntity> = {},
  ): Promise<void> {
    const from = verdict.state;
    if (!VERDICT_TRANSITIONS.some(([f, t]) => f === from && t === to))
      throw new Error(`verdict ${verdict.id}: ${from} to ${to} is not a lifecycle step`);
    verdict.state = to;
    await updateIn(target, VerdictEntity, { id: verdict.id }, { ...changes, state: to });
    await this.recordTransition(target, verdict.id, from, to, actor, reason);
  }

  private async recordTransition(
    target: WriteTarget,
    verdictId: string,
    from: VerdictState | null,
    to: VerdictState,
    actor: Actor,
    reason: string | null,
  ): Promise<void> {
    await insertInto(target, VerdictTransitionEntity, [{ verdictId, fromState: from, toState: to, actorId: actor.id, reason }]);
  }
}

/** A claim a revision of its article withdrew takes no new verdict and no review decision: 409 saying so. */
function requireNotWithdrawn(claim: Pick<ClaimEntity, 'id' | 'state' | 'withdrawnInRevision'>): void {
  if (claim.state !== ClaimState.Withdrawn) return;
  throw new DomainError(
    'conflict',
    'claim.withdrawn',
    `Claim ${claim.id} was withdrawn: revision ${claim.withdrawnInRevision ?? '?'} of its article no longer contains it, so it takes no verdict`,
  );
}
