import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLogEntity } from '@factdesk/database';

export interface AuditEntry {
  /** The acting user; null for the system (workers, reconciliation). */
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: AuditLogEntity['details'];
}

/**
 * Writes the append-only audit log. Always called with the transaction's manager, so
 * the record and the change it describes commit (or roll back) together.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditLogEntity, { ...entry, details: entry.details ?? {} });
  }

  async forEntity(manager: EntityManager, entityType: string, entityId: string): Promise<AuditLogEntity[]> {
    return manager.find(AuditLogEntity, { where: { entityType, entityId }, order: { id: 'ASC' } });
  }
}
