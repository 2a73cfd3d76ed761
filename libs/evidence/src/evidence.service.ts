import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, QueryFailedError } from 'typeorm';
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

/**
 * Evidence links on claims. A reviewer adds them while holding the claim's lease (a
 * lead at any time); the author or a lead edits or deletes them. Every change is
 * audited, and re-checks whether the claim's evidence now shows disagreeing sources.
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
      const evidence = manager.create(EvidenceEntity, {
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

  async forClaim(claimId: string, includeDeleted = false): Promise<EvidenceEntity[]> {
    return this.dataSource.getRepository(EvidenceEntity).find({
      where: includeDeleted ? { claimId } : { claimId, deletedAt: IsNull() },
      relations: { source: true },
      order: { createdAt: 'ASC' },
    });
  }

  async get(id: string): Promise<EvidenceEntity> {
    const evidence = await this.dataSource.getRepository(EvidenceEntity).findOne({ where: { id }, relations: { source: true } });
    if (!evidence) throw DomainError.notFound('evidence', id);
    return evidence;
  }

  async update(id: string, dto: UpdateEvidenceDto, actor: EvidenceActor): Promise<EvidenceEntity> {
    await this.writing(async (manager) => {
      const evidence = await this.lockEditable(manager, id, actor, 'edit');
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
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, evidence[key as keyof EvidenceEntity]]));
      await manager.update(EvidenceEntity, { id }, changes);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'evidence.updated',
        entityType: 'evidence',
        entityId: id,
        details: { claimId: evidence.claimId, before, after: changes },
      });
      await this.conflicts.proposeFromEvidence(manager, evidence.claimId);
    });
    return this.get(id);
  }

  /** Deletes with a reason: the row stays (hidden from lists), and the audit log keeps what it was. */
  async remove(id: string, reason: string, actor: EvidenceActor): Promise<EvidenceEntity> {
    await this.writing(async (manager) => {
      const evidence = await this.lockEditable(manager, id, actor, 'delete');
      await manager.update(EvidenceEntity, { id }, { deletedAt: new Date(), deletedBy: actor.id, deletedReason: reason.trim() });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'evidence.deleted',
        entityType: 'evidence',
        entityId: id,
        details: { claimId: evidence.claimId, reason: reason.trim(), url: evidence.url, stance: evidence.stance, title: evidence.title },
      });
    });
    return this.get(id);
  }

  private async lockEditable(manager: EntityManager, id: string, actor: EvidenceActor, action: string): Promise<EvidenceEntity> {
    const evidence = await manager.findOne(EvidenceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!evidence) throw DomainError.notFound('evidence', id);
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
