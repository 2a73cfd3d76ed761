import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, QueryFailedError } from 'typeorm';
import { normaliseUrl } from '@factdesk/articles';
import { AuditService } from '@factdesk/audit';
import { ConflictsService } from '@factdesk/conflicts';
import { ClaimEntity, EvidenceEntity, hasRole, Role } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { ReviewQueueService } from '@factdesk/review-queue';
import { SourcesService } from '@factdesk/sources';
import { AddEvidenceDto, UpdateEvidenceDto } from './dto/evidence.dto';

export interface EvidenceActor {
  id: string;
  role: Role;
}

const UNIQUE_VIOLATION = '23505';

/** Why an id cannot be cited by a verdict on a claim. */
export type UncitableReason = 'unknown' | 'other_claim' | 'deleted';

/**
 * Evidence links on claims. A reviewer adds them while holding the claim's lease (a
 * lead at any time); the author or a lead edits or deletes them. Nothing is edited in
 * place: an edit is the link's next version (the one before stays readable, superseded,
 * so a verdict shows exactly the version it cited), and a deletion is soft, with a
 * reason, on every version of the link. Every change is audited under the link's
 * first id (`rootId`), and re-checks the claim's conflicts.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queue: ReviewQueueService,
    private readonly sources: SourcesService,
    private readonly conflicts: ConflictsService,
  ) {}

  async add(claimId: string, dto: AddEvidenceDto, actor: EvidenceActor): Promise<EvidenceEntity> {
    const id = await this.writing(async (manager) => {
      await this.queue.lockClaim(manager, claimId);
      if (!hasRole(actor.role, Role.Lead)) await this.queue.requireLeaseOnClaim(manager, claimId, actor);
      const source = await this.sources.match(manager, dto.publisher);
      const id = randomUUID();
      const evidence = manager.create(EvidenceEntity, {
        id,
        rootId: id,
        version: 1,
        claimId,
        url: normaliseUrl(dto.url),
        archivedUrl: dto.archivedUrl ? normaliseUrl(dto.archivedUrl) : null,
        title: dto.title.trim(),
        publisher: dto.publisher.trim(),
        sourceId: source?.id ?? null,
        stance: dto.stance,
        excerpt: dto.excerpt?.trim() ?? '',
        authorId: actor.id,
      });
      await manager.insert(EvidenceEntity, evidence);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'evidence.added',
        entityType: 'evidence',
        entityId: evidence.id,
        details: { claimId, url: evidence.url, stance: evidence.stance, publisher: evidence.publisher, sourceId: evidence.sourceId },
      });
      await this.conflicts.proposeFromEvidence(manager, claimId);
      return evidence.id;
    });
    return this.get(id);
  }

  /** The claim's evidence (404 for an unknown claim). */
  async list(claimId: string, includeDeleted = false): Promise<EvidenceEntity[]> {
    if (!(await this.dataSource.getRepository(ClaimEntity).existsBy({ id: claimId }))) throw DomainError.notFound('claim', claimId);
    return this.forClaim(claimId, includeDeleted);
  }

  /** The current version of each link on the claim (deleted links too with `includeDeleted`). */
  async forClaim(claimId: string, includeDeleted = false): Promise<EvidenceEntity[]> {
    return this.dataSource.getRepository(EvidenceEntity).find({
      where: includeDeleted ? { claimId, supersededAt: IsNull() } : { claimId, supersededAt: IsNull(), deletedAt: IsNull() },
      relations: { source: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** One version, whether current, superseded or deleted. */
  async get(id: string): Promise<EvidenceEntity> {
    const evidence = await this.dataSource.getRepository(EvidenceEntity).findOne({ where: { id }, relations: { source: true } });
    if (!evidence) throw DomainError.notFound('evidence', id);
    return evidence;
  }

  /** Every version of the link that `id` is a version of, oldest first. */
  async versions(id: string): Promise<EvidenceEntity[]> {
    const { rootId } = await this.get(id);
    return this.dataSource
      .getRepository(EvidenceEntity)
      .find({ where: { rootId }, relations: { source: true }, order: { version: 'ASC' } });
  }

  /** The versions with these ids, in the order given (those that exist): what a verdict cited, exactly. */
  async cited(ids: string[]): Promise<EvidenceEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(EvidenceEntity).find({ where: { id: In(ids) }, relations: { source: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * The ids a verdict on the claim may not cite, with why: unknown, evidence of another
   * claim, or deleted. An earlier (superseded) version of a live link may be cited: a
   * verdict keeps the version it rests on.
   */
  async uncitable(manager: EntityManager, claimId: string, ids: string[]): Promise<Array<{ id: string; reason: UncitableReason }>> {
    if (ids.length === 0) return [];
    const rows = (await manager.query(`SELECT id, claim_id, deleted_at FROM evidence WHERE id = ANY($1::uuid[])`, [ids])) as Array<{
      id: string;
      claim_id: string;
      deleted_at: Date | null;
    }>;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...new Set(ids)].flatMap((id) => {
      const row = byId.get(id);
      const reason: UncitableReason | null = !row
        ? 'unknown'
        : row.claim_id !== claimId
          ? 'other_claim'
          : row.deleted_at
            ? 'deleted'
            : null;
      return reason ? [{ id, reason }] : [];
    });
  }

  /**
   * An edit: the link's next version, with the changes; the version edited stays
   * readable, superseded (a verdict that cited it still shows it). Returns the new version.
   */
  async update(id: string, dto: UpdateEvidenceDto, actor: EvidenceActor): Promise<EvidenceEntity> {
    const nextId = await this.writing(async (manager) => {
      const current = await this.lockEditable(manager, id, actor, 'edit');
      if (current.supersededAt) {
        throw new DomainError(
          'conflict',
          'evidence.superseded',
          `Evidence ${id} is version ${current.version}, replaced by ${current.supersededById}: edit the current version`,
        );
      }
      const changes: Partial<EvidenceEntity> = {};
      if (dto.url !== undefined) changes.url = normaliseUrl(dto.url);
      if (dto.archivedUrl !== undefined) changes.archivedUrl = normaliseUrl(dto.archivedUrl);
      if (dto.title !== undefined) changes.title = dto.title.trim();
      if (dto.stance !== undefined) changes.stance = dto.stance;
      if (dto.excerpt !== undefined) changes.excerpt = dto.excerpt.trim();
      if (dto.publisher !== undefined) {
        changes.publisher = dto.publisher.trim();
        changes.sourceId = (await this.sources.match(manager, dto.publisher))?.id ?? null;
      }
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key as keyof EvidenceEntity]]));
      const next = manager.create(EvidenceEntity, {
        id: randomUUID(),
        rootId: current.rootId,
        version: current.version + 1,
        claimId: current.claimId,
        url: current.url,
        archivedUrl: current.archivedUrl,
        title: current.title,
        publisher: current.publisher,
        sourceId: current.sourceId,
        stance: current.stance,
        excerpt: current.excerpt,
        authorId: current.authorId,
        ...changes,
      });
      // Superseded first: the unique URL index counts only current versions.
      await manager.update(EvidenceEntity, { id: current.id }, { supersededAt: new Date(), supersededById: next.id });
      await manager.insert(EvidenceEntity, next);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'evidence.updated',
        entityType: 'evidence',
        entityId: current.rootId,
        details: { claimId: current.claimId, previousId: current.id, versionId: next.id, version: next.version, before, after: changes },
      });
      await this.conflicts.proposeFromEvidence(manager, current.claimId);
      return next.id;
    });
    return this.get(nextId);
  }

  /**
   * Deletes the link (any of its versions' ids will do) with a reason: every version
   * stays, marked deleted, hidden from lists but shown where a verdict cited it; the
   * conflicts that rested on it are re-checked. Returns the current version.
   */
  async remove(id: string, reason: string, actor: EvidenceActor): Promise<EvidenceEntity> {
    const currentId = await this.writing(async (manager) => {
      const evidence = await this.lockEditable(manager, id, actor, 'delete');
      const versions = await manager.find(EvidenceEntity, { where: { rootId: evidence.rootId }, order: { version: 'ASC' } });
      const current = versions[versions.length - 1]!;
      const why = reason.trim();
      await manager.update(EvidenceEntity, { rootId: evidence.rootId }, { deletedAt: new Date(), deletedBy: actor.id, deletedReason: why });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'evidence.deleted',
        entityType: 'evidence',
        entityId: evidence.rootId,
        details: {
          claimId: evidence.claimId,
          reason: why,
          versionId: current.id,
          url: current.url,
          stance: current.stance,
          title: current.title,
        },
      });
      await this.conflicts.recheckWithdrawnEvidence(manager, {
        evidenceIds: versions.map((version) => version.id),
        title: current.title,
        reason: why,
        actorId: actor.id,
      });
      return current.id;
    });
    return this.get(currentId);
  }

  /** The version `id`, after locking its link's first version (so edits and deletions of one link queue up). */
  private async lockEditable(manager: EntityManager, id: string, actor: EvidenceActor, action: string): Promise<EvidenceEntity> {
    const found = await manager.findOne(EvidenceEntity, { select: { id: true, rootId: true }, where: { id } });
    if (!found) throw DomainError.notFound('evidence', id);
    await manager.findOne(EvidenceEntity, { where: { id: found.rootId }, lock: { mode: 'pessimistic_write' } });
    const evidence = await manager.findOneOrFail(EvidenceEntity, { where: { id } });
    if (evidence.deletedAt) throw new DomainError('conflict', 'evidence.deleted', `Evidence ${id} was deleted (${evidence.deletedReason})`);
    if (evidence.authorId !== actor.id && !hasRole(actor.role, Role.Lead)) {
      throw new DomainError('forbidden', 'evidence.not_author', `Only the reviewer who added this evidence, or a lead, can ${action} it`);
    }
    return evidence;
  }

  /** A transaction in which the same URL twice on one claim is a 409, not a 500. */
  private async writing<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError('conflict', 'evidence.duplicate_url', 'This claim already has evidence with that URL');
      }
      throw error;
    }
  }
}
