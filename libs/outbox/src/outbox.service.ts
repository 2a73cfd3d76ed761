import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEventEntity, OutboxEventType } from '@factdesk/database';

export interface OutboxEvent {
  type: OutboxEventType;
  aggregateType: string;
  aggregateId: string;
  payload: OutboxEventEntity['payload'];
}

/**
 * Writes events for newsrooms into the outbox table. Always called with the
 * transaction's manager: the event commits with the change it announces, or not at all.
 */
@Injectable()
export class OutboxService {
  async record(manager: EntityManager, ...events: OutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.insert(OutboxEventEntity, events);
  }
}
