import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, newWebhookMessageId, signWebhook } from './signing';

describe('signWebhook', () => {
  const body = JSON.stringify({
    version: 1,
    type: 'verdict.published',
    timestamp: '2026-12-03T06:00:00.000Z',
    data: { id: 'v1', note: 'ünïcode' },
  });
  const timestamp = new Date();

  it('makes Standard Webhooks headers that the standardwebhooks package verifies', () => {
    const secret = generateWebhookSecret();
    const msgId = newWebhookMessageId();
    const headers = signWebhook({ msgId, timestamp, body, secrets: [secret] });
    expect(headers['webhook-id']).toBe(msgId);
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(timestamp.getTime() / 1000)));
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('is HMAC-SHA256 of "id.timestamp.body" under the base64-decoded secret, byte for byte', () => {
    const secret = generateWebhookSecret();
    const headers = signWebhook({ msgId: 'msg_1', timestamp, body, secrets: [secret] });
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`msg_1.${headers['webhook-timestamp']}.${body}`).digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('signs with every secret during a rotation, so a receiver holding either one verifies', () => {
    const [next, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = signWebhook({ msgId: 'msg_2', timestamp, body, secrets: [next, previous] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(next).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(previous).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(next).verify(`${body} `, { ...headers })).toThrow();
  });

  it('issues secrets as whsec_ + base64 of 32 random bytes, and distinct message ids', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(newWebhookMessageId()).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(newWebhookMessageId()).not.toBe(newWebhookMessageId());
  });
});
