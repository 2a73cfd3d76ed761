import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import {
  ClaimEntity,
  ConflictEntity,
  ConflictOrigin,
  ConflictSideEntity,
  ConflictStatus,
  EvidenceEntity,
  EvidenceStance,
  OutboxEventType,
} from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { OutboxService } from '@factdesk/outbox';
import { SourcesService } from '@factdesk/sources';
import { OpenConflictDto } from './dto/conflict.dto';

export interface ConflictActor {
  id: string;
}

export const OPEN_CONFLICT_STATES = [ConflictStatus.Proposed, ConflictStatus.Confirmed];

/**
 * SQL for the ids of the conflicts about the claim `claimId` (an SQL expression: a
 * parameter or a column): those recorded against it and those with a side quoting it.
 * A UNION of two index lookups; the obvious `claim_id = x OR id IN (…)` read every
 * conflict ever recorded.
 */
export function conflictIdsAbout(claimId: string): string {
  return `SELECT ac.id FROM conflicts ac WHERE ac.claim_id = ${claimId}
          UNION SELECT acs.conflict_id FROM conflict_sides acs WHERE acs.claim_id = ${claimId}`;
}

/**
 * SQL that is true while a conflict about the claim `claimId` is proposed or confirmed,
 * for statements that fold the check into theirs.
 */
export function openConflictExists(claimId: string): string {
  const open = OPEN_CONFLICT_STATES.map((state) => `'${state}'`).join(', ');
  return `EXISTS (SELECT 1 FROM conflicts oc WHERE oc.id IN (${conflictIdsAbout(claimId)}) AND oc.status IN (${open}))`;
}

export interface ConflictProposal {
  /** The one claim it is about, if any (engine conflicts span several claims: their sides say which). */
  claimId: string | null;
  articleId: string | null;
  origin: ConflictOrigin;
  description: string;
  openedBy: string | null;
  sides: ProposedSide[];
}

/** A link that was deleted: every id of its versions, and what to tell people. */
export interface WithdrawnEvidence {
  evidenceIds: string[];
  title: string;
  reason: string;
  actorId: string;
}

export interface ProposedSide {
  sourceId: string | null;
  sourceName: string;
  claimId?: string | null;
  evidenceId?: string | null;
  position: string;
}

/**
 * Conflicting sources: proposed by the engine (claims of one article) or from
 * evidence with opposing stances, opened by hand, confirmed or dismissed by a person.
 * Every change writes the audit log, and every proposal a `conflict.proposed` event,
 * in the caller's transaction.
 */
@Injectable()
export class ConflictsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly sources: SourcesService,
  ) {}

  /** Conflicts about a claim: opened on it, or with a side resting on it. Open ones only unless `all`. */
  async forClaim(claimId: string, manager: EntityManager = this.dataSource.manager, all = true): Promise<ConflictEntity[]> {
    const builder = manager
      .getRepository(ConflictEntity)
      .createQueryBuilder('conflict')
      .leftJoinAndSelect('conflict.sides', 'side')
      .where(`conflict.id IN (${conflictIdsAbout(':claimId')})`, { claimId })
      .orderBy('conflict.created_at', 'ASC')
      .addOrderBy('side.id', 'ASC');
    if (!all) builder.andWhere('conflict.status IN (:...open)', { open: OPEN_CONFLICT_STATES });
    return builder.getMany();
  }

  async get(id: string): Promise<ConflictEntity> {
    const conflict = await this.dataSource.getRepository(ConflictEntity).findOne({ where: { id }, relations: { sides: true } });
    if (!conflict) throw DomainError.notFound('conflict', id);
    return conflict;
  }

  /** A reviewer opens a conflict on a claim by hand. */
  async open(claimId: string, dto: OpenConflictDto, actor: ConflictActor): Promise<ConflictEntity> {
    const id = await this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOneBy(ClaimEntity, { id: claimId });
      if (!claim) throw DomainError.notFound('claim', claimId);
      const evidenceIds = dto.sides.flatMap((side) => side.evidenceIds ?? []);
      if (evidenceIds.length > 0) {
        const found = await manager.countBy(EvidenceEntity, { id: In(evidenceIds), claimId, deletedAt: IsNull() });
        if (found !== new Set(evidenceIds).size) {
          throw new DomainError(
            'unprocessable',
            'conflict.unknown_evidence',
            'Every evidenceIds entry must be live evidence on this claim',
          );
        }
      }
      const sides: ProposedSide[] = [];
      for (const side of dto.sides) {
        const source = await this.sources.match(manager, side.source);
        const base = { sourceId: source?.id ?? null, sourceName: source?.name ?? side.source.trim(), position: side.position.trim() };
        if (side.evidenceIds?.length) for (const evidenceId of side.evidenceIds) sides.push({ ...base, evidenceId });
        else sides.push({ ...base, claimId });
      }
      return this.propose(manager, {
        claimId,
        articleId: claim.articleId,
        origin: ConflictOrigin.Manual,
        description: dto.description.trim(),
        openedBy: actor.id,
        sides,
      });
    });
    return this.get(id);
  }

  async confirm(id: string, actor: ConflictActor, note?: string): Promise<ConflictEntity> {
    return this.decide(id, ConflictStatus.Confirmed, actor, note);
  }

  async dismiss(id: string, actor: ConflictActor, note?: string): Promise<ConflictEntity> {
    return this.decide(id, ConflictStatus.Dismissed, actor, note);
  }

  /**
   * After evidence on a claim changed: when sources disagree (one supports, another
   * refutes), propose a conflict between them, or add the new evidence to the one
   * already open. Runs in the evidence change's transaction.
   */
  async proposeFromEvidence(manager: EntityManager, claimId: string): Promise<void> {
    const evidence = await manager.find(EvidenceEntity, {
      where: { claimId, deletedAt: IsNull(), supersededAt: IsNull(), stance: In([EvidenceStance.Supports, EvidenceStance.Refutes]) },
      relations: { source: true },
      order: { createdAt: 'ASC' },
    });
    const sourceKey = (item: EvidenceEntity) => item.sourceId ?? item.publisher.trim().toLowerCase();
    const supporting = new Set(evidence.filter((item) => item.stance === EvidenceStance.Supports).map(sourceKey));
    const refuting = new Set(evidence.filter((item) => item.stance === EvidenceStance.Refutes).map(sourceKey));
    const disagree = [...supporting].some((supporter) => [...refuting].some((refuter) => refuter !== supporter));
    if (!disagree) return;

    const existing = (await this.forClaim(claimId, manager)).filter((conflict) => conflict.origin === ConflictOrigin.Evidence);
    // A side rests on one version of a link; any version of that link counts as covered.
    const sideEvidenceIds = existing.flatMap((conflict) => (conflict.sides ?? []).flatMap((side) => side.evidenceId ?? []));
    const covered = new Set(
      sideEvidenceIds.length === 0
        ? []
        : (await manager.find(EvidenceEntity, { select: { id: true, rootId: true }, where: { id: In(sideEvidenceIds) } })).map(
            (item) => item.rootId,
          ),
    );
    const uncovered = evidence.filter((item) => !covered.has(item.rootId));
    if (uncovered.length === 0) return; // every opposing link is already in a conflict (open or dismissed)
    const toSide = (item: EvidenceEntity): ProposedSide => ({
      sourceId: item.sourceId,
      sourceName: item.source?.name ?? item.publisher,
      evidenceId: item.id,
      position: `${item.stance === EvidenceStance.Supports ? 'Supports' : 'Refutes'} the claim: ${item.title}`,
    });
    const open = existing.find((conflict) => conflict.status === ConflictStatus.Proposed);
    if (open) {
      await this.addSides(manager, open, uncovered.map(toSide));
      return;
    }
    const names = (stance: EvidenceStance) => [
      ...new Set(evidence.filter((item) => item.stance === stance).map((item) => item.source?.name ?? item.publisher)),
    ];
    const claim = await manager.findOneByOrFail(ClaimEntity, { id: claimId });
    await this.propose(manager, {
      claimId,
      articleId: claim.articleId,
      origin: ConflictOrigin.Evidence,
      description: `Evidence disagrees: ${names(EvidenceStance.Supports).join(', ')} support the claim; ${names(EvidenceStance.Refutes).join(', ')} refute it`,
      openedBy: null,
      sides: evidence.map(toSide),
    });
  }

  /** Writes a proposed conflict with its sides, its audit record and its event (caller's transaction); returns its id. */
  async propose(manager: EntityManager, input: ConflictProposal): Promise<string> {
    const conflict = await manager.save(
      manager.create(ConflictEntity, {
        claimId: input.claimId,
        articleId: input.articleId,
        origin: input.origin,
        description: input.description,
        openedBy: input.openedBy,
        status: ConflictStatus.Proposed,
      }),
    );
    await manager.insert(
      ConflictSideEntity,
      input.sides.map((side) => ({ conflictId: conflict.id, claimId: null, evidenceId: null, ...side })),
    );
    await this.audit.record(manager, {
      actorId: input.openedBy,
      action: 'conflict.proposed',
      entityType: 'conflict',
      entityId: conflict.id,
      details: { claimId: input.claimId, origin: input.origin, sources: [...new Set(input.sides.map((side) => side.sourceName))] },
    });
    await this.outbox.record(manager, {
      type: OutboxEventType.ConflictProposed,
      aggregateType: 'conflict',
      aggregateId: conflict.id,
      payload: {
        conflictId: conflict.id,
        claimId: input.claimId,
        articleId: input.articleId,
        origin: input.origin,
        description: input.description,
      },
    });
    return conflict.id;
  }

  /** New sides on a proposed conflict, with their audit record and a `conflict.sides_added` event (caller's transaction). */
  private async addSides(manager: EntityManager, conflict: ConflictEntity, sides: ProposedSide[]): Promise<void> {
    await manager.insert(
      ConflictSideEntity,
      sides.map((side) => ({ conflictId: conflict.id, claimId: null, evidenceId: null, ...side })),
    );
    const added = sides.map((side) => ({
      sourceName: side.sourceName,
      evidenceId: side.evidenceId ?? null,
      claimId: side.claimId ?? null,
    }));
    await this.audit.record(manager, {
      actorId: null,
      action: 'conflict.sides_added',
      entityType: 'conflict',
      entityId: conflict.id,
      details: { claimId: conflict.claimId, sides: added },
    });
    await this.outbox.record(manager, {
      type: OutboxEventType.ConflictSidesAdded,
      aggregateType: 'conflict',
      aggregateId: conflict.id,
      payload: { conflictId: conflict.id, claimId: conflict.claimId, articleId: conflict.articleId, status: conflict.status, sides: added },
    });
  }

  /**
   * After a link was deleted: each conflict with a side resting on it marks that side
   * withdrawn and says so (`evidenceWithdrawn`, `recheckNote`). A confirmed conflict left
   * with fewer than two standing sides, or with evidence sides none of which stands,
   * returns to `proposed` for a person to decide again. Audited, with a
   * `conflict.rechecked` event, in the deletion's transaction.
   */
  async recheckWithdrawnEvidence(manager: EntityManager, withdrawn: WithdrawnEvidence): Promise<void> {
    const resting = await manager.find(ConflictSideEntity, {
      select: { id: true, conflictId: true },
      where: { evidenceId: In(withdrawn.evidenceIds), evidenceWithdrawn: false },
    });
    const conflictIds = [...new Set(resting.map((side) => side.conflictId))].sort();
    if (conflictIds.length === 0) return;
    await manager.update(ConflictSideEntity, { id: In(resting.map((side) => side.id)) }, { evidenceWithdrawn: true });
    for (const conflictId of conflictIds) {
      const conflict = await manager.findOneOrFail(ConflictEntity, { where: { id: conflictId }, lock: { mode: 'pessimistic_write' } });
      const sides = await manager.findBy(ConflictSideEntity, { conflictId });
      const stands = (side: ConflictSideEntity) => side.claimId !== null || (side.evidenceId !== null && !side.evidenceWithdrawn);
      const standing = sides.filter(stands).length;
      const evidenceSides = sides.filter((side) => side.evidenceId !== null);
      const noEvidenceLeft = evidenceSides.length > 0 && !evidenceSides.some(stands);
      const reopen = conflict.status === ConflictStatus.Confirmed && (standing < 2 || noEvidenceLeft);
      const status = reopen ? ConflictStatus.Proposed : conflict.status;
      const note =
        `Evidence "${withdrawn.title}" was deleted (${withdrawn.reason}): ${standing} of ${sides.length} sides still stand` +
        (reopen ? '; back to proposed for a person to decide again' : '');
      await manager.update(
        ConflictEntity,
        { id: conflictId },
        {
          evidenceWithdrawn: true,
          recheckNote: note,
          status,
          ...(reopen ? { decidedBy: null, decidedAt: null, decisionNote: null } : {}),
        },
      );
      const details = {
        claimId: conflict.claimId,
        evidenceIds: withdrawn.evidenceIds,
        reason: withdrawn.reason,
        standingSides: standing,
        previousStatus: conflict.status,
        status,
        previousDecision: reopen ? { by: conflict.decidedBy, at: conflict.decidedAt, note: conflict.decisionNote } : null,
      };
      await this.audit.record(manager, {
        actorId: withdrawn.actorId,
        action: 'conflict.rechecked',
        entityType: 'conflict',
        entityId: conflictId,
        details,
      });
      await this.outbox.record(manager, {
        type: OutboxEventType.ConflictRechecked,
        aggregateType: 'conflict',
        aggregateId: conflictId,
        payload: {
          conflictId,
          claimId: conflict.claimId,
          articleId: conflict.articleId,
          status,
          previousStatus: conflict.status,
          evidenceWithdrawn: true,
          note,
        },
      });
    }
  }

  private async decide(id: string, to: ConflictStatus, actor: ConflictActor, note?: string): Promise<ConflictEntity> {
    await this.dataSource.transaction(async (manager) => {
      const conflict = await manager.findOne(ConflictEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!conflict) throw DomainError.notFound('conflict', id);
      if (conflict.status !== ConflictStatus.Proposed) {
        throw new DomainError(
          'conflict',
          'conflict.already_decided',
          `Conflict ${id} is already "${conflict.status}"; only a proposed conflict can be ${to}`,
        );
      }
      await manager.update(
        ConflictEntity,
        { id },
        { status: to, decidedBy: actor.id, decidedAt: new Date(), decisionNote: note?.trim() || null },
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: `conflict.${to}`,
        entityType: 'conflict',
        entityId: id,
        details: { note: note ?? null, claimId: conflict.claimId },
      });
    });
    return this.get(id);
  }
}
