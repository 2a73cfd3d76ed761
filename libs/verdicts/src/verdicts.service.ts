import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import {
  ClaimEntity,
  ClaimLeaseEntity,
  ClaimState,
  LeaseEndReason,
  ReviewStage,
  VerdictEntity,
  VerdictState,
  VerdictTransitionEntity,
} from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { ReviewQueueService } from '@factdesk/review-queue';
import { CreateVerdictDto } from './dto/create-verdict.dto';

export interface Actor {
  id: string;
}

/**
 * Verdicts on claims. Writing one needs the claim's lease; submitting it ends the
 * lease and either closes the claim or, when the second-review policy says so,
 * sends it back to the queue for anyone but its author.
 */
@Injectable()
export class VerdictsService {
  private readonly secondReviewRatings: ReadonlySet<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queue: ReviewQueueService,
    env: EnvironmentVariables,
  ) {
    this.secondReviewRatings = new Set(env.SECOND_REVIEW_RATINGS);
  }

  /** A new draft (the next version); with `dto.submit`, submitted in the same transaction. */
  async create(claimId: string, dto: CreateVerdictDto, author: Actor): Promise<VerdictEntity> {
    let requeued = false;
    const verdict = await this.dataSource.transaction(async (manager) => {
      const { verdict: draft, lease } = await this.createDraft(manager, claimId, dto, author);
      if (dto.submit) requeued = await this.submitIn(manager, draft, author, lease);
      return draft;
    });
    if (requeued) await this.queue.enqueue([verdict.claimId]);
    return verdict;
  }

  async submit(verdictId: string, author: Actor): Promise<VerdictEntity> {
    let requeued = false;
    const verdict = await this.dataSource.transaction(async (manager) => {
      const verdict = await this.lockVerdict(manager, verdictId);
      requeued = await this.submitIn(manager, verdict, author);
      return verdict;
    });
    if (requeued) await this.queue.enqueue([verdict.claimId]);
    return verdict;
  }

  private async createDraft(
    manager: EntityManager,
    claimId: string,
    dto: CreateVerdictDto,
    author: Actor,
  ): Promise<{ verdict: VerdictEntity; lease: ClaimLeaseEntity }> {
    const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw DomainError.notFound('claim', claimId);
    const lease = await this.queue.requireLeaseOnClaim(manager, claimId, author);
    if (lease.stage === ReviewStage.Second) {
      throw new DomainError(
        'conflict',
        'verdict.in_second_review',
        `Claim ${claimId} is in second review: approve or reject its submitted verdict`,
      );
    }
    const [{ next }] = (await manager.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM verdicts WHERE claim_id = $1`, [
      claimId,
    ])) as Array<{ next: number }>;
    const verdict = manager.create(VerdictEntity, {
      claimId,
      version: next,
      authorId: author.id,
      rating: dto.rating,
      rationale: dto.rationale.trim(),
      evidenceIds: dto.evidenceIds ?? [],
      state: VerdictState.Draft,
    });
    await manager.insert(VerdictEntity, verdict);
    await this.recordTransition(manager, verdict, null, author, null);
    await this.audit.record(manager, {
      actorId: author.id,
      action: 'verdict.drafted',
      entityType: 'verdict',
      entityId: verdict.id,
      details: { claimId, version: verdict.version, rating: verdict.rating },
    });
    return { verdict, lease };
  }

  /** Submits a locked draft and closes the author's lease; true when the claim went back for a second review. */
  private async submitIn(manager: EntityManager, verdict: VerdictEntity, author: Actor, heldLease?: ClaimLeaseEntity): Promise<boolean> {
    if (verdict.authorId !== author.id) {
      throw new DomainError('forbidden', 'verdict.not_author', 'Only the author of a draft can submit it');
    }
    this.requireState(verdict, VerdictState.Draft, 'submitted');
    const lease = heldLease ?? (await this.queue.requireLeaseOnClaim(manager, verdict.claimId, author));
    verdict.needsSecondReview = this.secondReviewRatings.has(verdict.rating);
    verdict.submittedAt = new Date();
    await this.moveTo(manager, verdict, VerdictState.Submitted, author, null, {
      needsSecondReview: verdict.needsSecondReview,
      submittedAt: verdict.submittedAt,
    });
    await this.queue.endLease(manager, lease, LeaseEndReason.Completed);
    if (verdict.needsSecondReview) {
      await manager.update(ClaimEntity, { id: verdict.claimId }, { reviewStage: ReviewStage.Second, excludedReviewerId: author.id });
      await this.queue.returnToQueue(manager, [verdict.claimId]);
    } else {
      await manager.update(ClaimEntity, { id: verdict.claimId }, { state: ClaimState.Reviewed });
    }
    await this.audit.record(manager, {
      actorId: author.id,
      action: 'verdict.submitted',
      entityType: 'verdict',
      entityId: verdict.id,
      details: { claimId: verdict.claimId, rating: verdict.rating, needsSecondReview: verdict.needsSecondReview, leaseId: lease.id },
    });
    return verdict.needsSecondReview;
  }

  async forClaim(claimId: string): Promise<VerdictEntity[]> {
    return this.dataSource.getRepository(VerdictEntity).find({ where: { claimId }, order: { version: 'ASC' } });
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
    manager: EntityManager,
    verdict: VerdictEntity,
    to: VerdictState,
    actor: Actor,
    reason: string | null,
    changes: Partial<VerdictEntity> = {},
  ): Promise<void> {
    const from = verdict.state;
    verdict.state = to;
    await manager.update(VerdictEntity, { id: verdict.id }, { ...changes, state: to });
    await this.recordTransition(manager, verdict, from, actor, reason);
  }

  private async recordTransition(
    manager: EntityManager,
    verdict: VerdictEntity,
    from: VerdictState | null,
    actor: Actor,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(VerdictTransitionEntity, {
      verdictId: verdict.id,
      fromState: from,
      toState: verdict.state,
      actorId: actor.id,
      reason,
    });
  }
}
