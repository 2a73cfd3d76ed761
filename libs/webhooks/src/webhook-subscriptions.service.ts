import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { WebhookDeliveryEntity, WebhookDeliveryStatus, WebhookSubscriptionEntity, WebhookSubscriptionStatus } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { CreateWebhookDto, UpdateWebhookDto } from './dto/webhook-subscription.dto';
import { ALL_WEBHOOK_EVENTS } from './event-types';
import { WebhookSecretsService } from './webhook-secrets.service';
import { WebhookUrlChecker } from './webhook-url-checker.service';

export interface WebhookActor {
  id: string;
}

const ENTITY_TYPE = 'webhook_subscription';

/**
 * The lifecycle of webhook subscriptions: create (secret shown once), edit, pause,
 * resume, rotate the secret, delete (soft and final). Every change is audited in its
 * transaction; the audit details never carry a secret.
 *
 * States: active <-> paused; active/paused -> disabled by the delivery side; paused or
 * disabled -> active on resume; any but deleted -> deleted.
 */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly secrets: WebhookSecretsService,
    private readonly urls: WebhookUrlChecker,
  ) {}

  async create(dto: CreateWebhookDto, actor: WebhookActor): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    await this.requireDeliverableUrl(dto.url);
    const { secret, sealed } = this.secrets.issue();
    const subscription = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(WebhookSubscriptionEntity, {
        url: dto.url,
        events: normaliseEvents(dto.events),
        description: dto.description ?? '',
        ordered: dto.ordered ?? true,
        status: WebhookSubscriptionStatus.Active,
        secretEncrypted: sealed,
        createdBy: actor.id,
      });
      await manager.save(created);
      await this.record(manager, actor, 'webhook.created', created.id, {
        url: created.url,
        events: created.events,
        description: created.description,
        ordered: created.ordered,
      });
      return created;
    });
    return { subscription, secret };
  }

  /** Every subscription, deleted ones too, newest first. */
  list(): Promise<WebhookSubscriptionEntity[]> {
    return this.dataSource.getRepository(WebhookSubscriptionEntity).find({ order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async get(id: string): Promise<WebhookSubscriptionEntity> {
    const subscription = await this.dataSource.getRepository(WebhookSubscriptionEntity).findOneBy({ id });
    if (!subscription) throw DomainError.notFound('webhook', id);
    return subscription;
  }

  async update(id: string, dto: UpdateWebhookDto, actor: WebhookActor): Promise<WebhookSubscriptionEntity> {
    if (dto.url !== undefined) await this.requireDeliverableUrl(dto.url);
    return this.changing(id, async (manager, subscription) => {
      this.refuseDeleted(subscription, 'edit');
      const next = {
        url: dto.url ?? subscription.url,
        events: dto.events ? normaliseEvents(dto.events) : subscription.events,
        description: dto.description ?? subscription.description,
        ordered: dto.ordered ?? subscription.ordered,
      };
      const changes = Object.fromEntries(
        (Object.keys(next) as Array<keyof typeof next>)
          .filter((field) => JSON.stringify(next[field]) !== JSON.stringify(subscription[field]))
          .map((field) => [field, { from: subscription[field], to: next[field] }]),
      );
      if (Object.keys(changes).length === 0) return subscription;
      Object.assign(subscription, next);
      await manager.save(subscription);
      await this.record(manager, actor, 'webhook.updated', id, { changes });
      return subscription;
    });
  }

  async pause(id: string, actor: WebhookActor): Promise<WebhookSubscriptionEntity> {
    return this.changing(id, async (manager, subscription) => {
      if (subscription.status !== WebhookSubscriptionStatus.Active) {
        throw new DomainError('conflict', 'webhook.not_active', `Only an active webhook can be paused; this one is ${subscription.status}`);
      }
      subscription.status = WebhookSubscriptionStatus.Paused;
      await manager.save(subscription);
      await this.record(manager, actor, 'webhook.paused', id);
      return subscription;
    });
  }

  /** Paused or disabled (by the delivery side) back to active; the URL must pass today's checks. */
  async resume(id: string, actor: WebhookActor): Promise<WebhookSubscriptionEntity> {
    const { url } = await this.get(id);
    await this.requireDeliverableUrl(url);
    return this.changing(id, async (manager, subscription) => {
      this.refuseDeleted(subscription, 'resume');
      if (subscription.status === WebhookSubscriptionStatus.Active) {
        throw new DomainError('conflict', 'webhook.already_active', 'This webhook is already active');
      }
      const from = subscription.status;
      const disabledReason = subscription.disabledReason;
      Object.assign(subscription, { status: WebhookSubscriptionStatus.Active, disabledReason: null, disabledAt: null, failingSince: null });
      await manager.save(subscription);
      await this.record(manager, actor, 'webhook.resumed', id, { from, ...(disabledReason ? { disabledReason } : {}) });
      return subscription;
    });
  }

  /**
   * A new secret (returned once); the current one becomes the previous secret and keeps
   * signing alongside it until the rotation window ends. A secret older than that is dropped.
   */
  async rotateSecret(id: string, actor: WebhookActor): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    const { secret, sealed } = this.secrets.issue();
    const subscription = await this.changing(id, async (manager, subscription) => {
      this.refuseDeleted(subscription, 'rotate the secret of');
      subscription.previousSecretEncrypted = subscription.secretEncrypted;
      subscription.previousSecretExpiresAt = this.secrets.rotationEndsAt();
      subscription.secretEncrypted = sealed;
      await manager.save(subscription);
      await this.record(manager, actor, 'webhook.secret_rotated', id, {
        previousSecretExpiresAt: subscription.previousSecretExpiresAt.toISOString(),
      });
      return subscription;
    });
    return { subscription, secret };
  }

  /**
   * Deletes softly and for good: status deleted with the reason; deliveries not yet sent
   * are cancelled; the row, its deliveries and their attempts stay for the delivery log.
   */
  async remove(id: string, reason: string | undefined, actor: WebhookActor): Promise<WebhookSubscriptionEntity> {
    return this.changing(id, async (manager, subscription) => {
      this.refuseDeleted(subscription, 'delete');
      const from = subscription.status;
      Object.assign(subscription, {
        status: WebhookSubscriptionStatus.Deleted,
        disabledReason: reason ?? 'deleted by an admin',
        disabledAt: new Date(),
      });
      await manager.save(subscription);
      const cancelled = await manager
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({ status: WebhookDeliveryStatus.Cancelled, nextAttemptAt: null, lastError: 'webhook deleted' })
        .where('subscription_id = :id AND status = :pending', { id, pending: WebhookDeliveryStatus.Pending })
        .execute();
      await this.record(manager, actor, 'webhook.deleted', id, {
        from,
        reason: subscription.disabledReason,
        cancelledDeliveries: cancelled.affected ?? 0,
      });
      return subscription;
    });
  }

  private async requireDeliverableUrl(url: string): Promise<void> {
    const check = await this.urls.check(url);
    if (!check.ok) {
      throw new DomainError('invalid', 'webhook.url_refused', `url ${check.reason}`, [{ field: 'url', problems: [check.reason] }]);
    }
  }

  /** Runs `change` on the subscription locked for update, in one transaction. */
  private changing<T>(id: string, change: (manager: EntityManager, subscription: WebhookSubscriptionEntity) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await manager.findOne(WebhookSubscriptionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!subscription) throw DomainError.notFound('webhook', id);
      return change(manager, subscription);
    });
  }

  private refuseDeleted(subscription: WebhookSubscriptionEntity, action: string): void {
    if (subscription.status === WebhookSubscriptionStatus.Deleted) {
      throw new DomainError('conflict', 'webhook.deleted', `This webhook was deleted; you cannot ${action} it (create a new one)`);
    }
  }

  private record(manager: EntityManager, actor: WebhookActor, action: string, entityId: string, details: Record<string, unknown> = {}) {
    return this.audit.record(manager, { actorId: actor.id, action, entityType: ENTITY_TYPE, entityId, details });
  }
}

/** Distinct, in the order given; `*` alone when listed. */
function normaliseEvents(events: string[]): string[] {
  return events.includes(ALL_WEBHOOK_EVENTS) ? [ALL_WEBHOOK_EVENTS] : [...new Set(events)];
}
