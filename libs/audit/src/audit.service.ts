import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLogEntity, insertInto, WriteTarget } from '@factdesk/database';

export interface AuditEntry {
  /** The acting user; null for the system (workers, reconciliation). */
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: AuditLogEntity['details'];
}

/**
 * Writes the append-only audit log. Always called with the transaction's manager (or
 * a batch of its writes), so the record and the change it describes commit (or roll
 * back) together.
 */
@Injectable()
export class AuditService {
  async record(target: WriteTarget, ...entries: AuditEntry[]): Promise<void> {
    await insertInto(
      target,
      AuditLogEntity,
      entries.map((entry) => ({ ...entry, details: entry.details ?? {} })),
    );
  }

  async forEntity(manager: EntityManager, entityType: string, entityId: string): Promise<AuditLogEntity[]> {
    return manager.find(AuditLogEntity, { where: { entityType, entityId }, order: { id: 'ASC' } });
  }
}
