import { OutboxEventType } from '@factdesk/database';

/**
 * The outbox events newsrooms may subscribe to. Other outbox types (conflict.sides_added,
 * conflict.rechecked) are not delivered by webhooks.
 */
export const WEBHOOK_EVENT_TYPES = [
  OutboxEventType.VerdictPublished,
  OutboxEventType.VerdictCorrected,
  OutboxEventType.ConflictProposed,
  OutboxEventType.ArticleExtracted,
  OutboxEventType.ArticleRevised,
  OutboxEventType.ClaimReady,
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A subscription's `events` entry meaning every type in WEBHOOK_EVENT_TYPES. */
export const ALL_WEBHOOK_EVENTS = '*';

/** The test event `POST /api/webhooks/:id/test` sends (never from the outbox, never subscribed to). */
export const PING_EVENT_TYPE = 'ping';

/** What a subscription's `events` may list. */
export const SUBSCRIBABLE_EVENTS: readonly string[] = [...WEBHOOK_EVENT_TYPES, ALL_WEBHOOK_EVENTS];

export function isWebhookEventType(type: string): type is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);
}

/** Whether a subscription listing `events` receives an outbox event of `type`. */
export function subscriptionWants(events: readonly string[], type: string): boolean {
  return isWebhookEventType(type) && (events.includes(ALL_WEBHOOK_EVENTS) || events.includes(type));
}
