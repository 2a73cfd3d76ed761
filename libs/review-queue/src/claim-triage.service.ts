import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ClaimEntity, ClaimLeaseEntity, ClaimState, UserEntity } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { ReviewQueueService } from './review-queue.service';

export interface Lead {
  id: string;
}

/** What leads do to the queue from outside it: boost, reassign, pull, put back, move desks. */
@Injectable()
export class ClaimTriageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queue: ReviewQueueService,
  ) {}

  async setBoost(claimId: string, boost: number, lead: Lead): Promise<ClaimEntity> {
    const claim = await this.dataSource.transaction(async (manager) => {
      const claim = await this.queue.lockClaim(manager, claimId);
      const previous = claim.priorityBoost;
      claim.priorityBoost = boost;
      await manager.update(ClaimEntity, { id: claimId }, { priorityBoost: boost });
      await this.audit.record(manager, {
        actorId: lead.id,
        action: 'claim.priority_changed',
        entityType: 'claim',
        entityId: claimId,
        details: { from: previous, to: boost },
      });
      return claim;
    });
    if (claim.state === ClaimState.Ready) {
      const priority = this.queue.queuePriorityOf(
        { priority_base: claim.priorityBase, priority_boost: claim.priorityBoost, queued_at: claim.queuedAt },
        new Date(),
      );
      await this.queue.recordQueuePriorities([{ claimId, priority }]);
      await this.queue.afterCommit({ reprioritise: [{ claimId, priority }] });
    }
    return claim;
  }

  /** The named reviewer is offered the claim before anything else; a current holder loses it. */
  async assign(claimId: string, reviewerId: string, lead: Lead): Promise<ClaimEntity> {
    const claim = await this.dataSource.transaction(async (manager) => {
      const reviewer = await manager.findOne(UserEntity, { where: { id: reviewerId, disabledAt: IsNull() } });
      if (!reviewer) throw new DomainError('unprocessable', 'claim.unknown_reviewer', `No active user with id ${reviewerId}`);
      const claim = await this.queue.lockClaim(manager, claimId);
      this.requireState(claim, [ClaimState.Ready, ClaimState.Leased], 'reassigned');
      if (claim.excludedReviewerId === reviewerId) {
        throw new DomainError(
          'conflict',
          'claim.author_excluded',
          `${reviewer.name} wrote the verdict under second review; choose someone else`,
        );
      }
      const revoked = await this.revokeLease(manager, claim, lead);
      claim.reservedForId = reviewerId;
      claim.state = ClaimState.Ready;
      await manager.update(ClaimEntity, { id: claimId }, { reservedForId: reviewerId });
      await this.queue.returnToQueue(manager, [claimId]);
      await this.audit.record(manager, {
        actorId: lead.id,
        action: 'claim.reassigned',
        entityType: 'claim',
        entityId: claimId,
        details: { to: reviewerId, from: revoked?.reviewerId ?? null },
      });
      return claim;
    });
    await this.queue.afterCommit({ enqueue: [claimId] });
    return claim;
  }

  /** Takes a claim out of the queue (with a reason); put back with requeue(). */
  async pull(claimId: string, reason: string, lead: Lead): Promise<ClaimEntity> {
    const claim = await this.dataSource.transaction(async (manager) => {
      const claim = await this.queue.lockClaim(manager, claimId);
      this.requireState(claim, [ClaimState.Ready, ClaimState.Leased], 'pulled from the queue');
      await this.revokeLease(manager, claim, lead);
      Object.assign(claim, { state: ClaimState.Pulled, pulledReason: reason, reservedForId: null });
      await manager.update(ClaimEntity, { id: claimId }, { state: ClaimState.Pulled, pulledReason: reason, reservedForId: null });
      await this.audit.record(manager, {
        actorId: lead.id,
        action: 'claim.pulled',
        entityType: 'claim',
        entityId: claimId,
        details: { reason },
      });
      return claim;
    });
    await this.queue.afterCommit({ remove: [claimId] });
    return claim;
  }

  /**
   * Puts a pulled claim, one scored below the threshold, or one in a language outside
   * SUPPORTED_LANGUAGES (routed by hand: the lead decides someone can check it) into the queue.
   */
  async requeue(claimId: string, lead: Lead): Promise<ClaimEntity> {
    const claim = await this.dataSource.transaction(async (manager) => {
      const claim = await this.queue.lockClaim(manager, claimId);
      this.requireState(claim, [ClaimState.Pulled, ClaimState.NotCheckworthy, ClaimState.UnsupportedLanguage], 'put in the queue');
      await manager.update(ClaimEntity, { id: claimId }, { pulledReason: null });
      await this.queue.returnToQueue(manager, [claimId]);
      await this.audit.record(manager, {
        actorId: lead.id,
        action: 'claim.requeued',
        entityType: 'claim',
        entityId: claimId,
        details: { from: claim.state },
      });
      return { ...claim, state: ClaimState.Ready, pulledReason: null };
    });
    await this.queue.afterCommit({ enqueue: [claimId] });
    return claim;
  }

  async setDesk(claimId: string, desk: string, lead: Lead): Promise<ClaimEntity> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.queue.lockClaim(manager, claimId);
      await manager.update(ClaimEntity, { id: claimId }, { desk });
      await this.audit.record(manager, {
        actorId: lead.id,
        action: 'claim.desk_changed',
        entityType: 'claim',
        entityId: claimId,
        details: { from: claim.desk, to: desk },
      });
      return { ...claim, desk };
    });
  }

  private requireState(claim: ClaimEntity, allowed: ClaimState[], action: string): void {
    if (!allowed.includes(claim.state)) {
      throw new DomainError(
        'conflict',
        'claim.wrong_state',
        `Claim ${claim.id} is "${claim.state}"; only a claim that is ${allowed.map((s) => `"${s}"`).join(' or ')} can be ${action}`,
      );
    }
  }

  /** Ends the claim's open lease, if any: its holder's later actions get 409. */
  private async revokeLease(manager: EntityManager, claim: ClaimEntity, lead: Lead): Promise<ClaimLeaseEntity | null> {
    const lease = await this.queue.lockOpenLease(manager, claim.id);
    if (lease) await this.queue.revokeLease(manager, lease, lead.id);
    return lease;
  }
}
