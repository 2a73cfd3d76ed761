import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** The Standard Webhooks headers of one delivery attempt. */
export interface WebhookSignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** A new signing secret: `whsec_` + base64 of 32 random bytes (the Standard Webhooks form). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** A new `webhook-id` for a delivery (`msg_` + a UUID without dashes); keep it for every retry and replay. */
export function newWebhookMessageId(): string {
  return `msg_${randomUUID().replace(/-/g, '')}`;
}

/**
 * Signs one attempt by the Standard Webhooks specification with the `standardwebhooks`
 * package: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` for each secret, space-separated
 * (during a rotation: the new secret first, then the old one), so a receiver holding
 * either verifies. `body` must be the exact bytes sent.
 */
export function signWebhook(input: { msgId: string; timestamp: Date; body: string; secrets: readonly string[] }): WebhookSignatureHeaders {
  if (input.secrets.length === 0) throw new Error('signWebhook needs at least one secret');
  const signatures = input.secrets.map((secret) => new Webhook(secret).sign(input.msgId, input.timestamp, input.body));
  return {
    'webhook-id': input.msgId,
    'webhook-timestamp': String(Math.floor(input.timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
