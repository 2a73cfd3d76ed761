import { validateEnvironment } from '@factdesk/config';
import { decide, retryAfterMs, withJitter } from './retry-policy';

const base = {
  DATABASE_URL: 'postgres://localhost/x',
  REDIS_URL: 'redis://localhost:6379',
  WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
};
const env = validateEnvironment(base);
const policy = { scheduleMs: env.WEBHOOK_RETRY_SCHEDULE_MS, retryAfterMaxMs: 3_600_000 };
const noJitter = () => 0.5;
const now = Date.parse('2026-12-03T10:00:00Z');

describe('retry policy', () => {
  it('follows the Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, then gives up', () => {
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const decision = decide({ statusCode: 500, error: null }, attempt, policy, now, noJitter);
      if (decision.kind === 'retry') waits.push(decision.delayMs);
      else expect(decision).toEqual({ kind: 'failed', reason: 'the endpoint answered 500; gave up after 10 attempts' });
    }
    expect(waits.map((ms) => ms / 1000)).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);
  });

  it('delivers on any 2xx and disables on 410', () => {
    expect(decide({ statusCode: 204, error: null }, 1, policy, now)).toEqual({ kind: 'delivered' });
    expect(decide({ statusCode: 299, error: null }, 1, policy, now)).toEqual({ kind: 'delivered' });
    expect(decide({ statusCode: 410, error: null }, 1, policy, now)).toMatchObject({ kind: 'disable' });
  });

  it('treats a redirect and a missing response as failures to retry', () => {
    expect(decide({ statusCode: 301, error: null }, 1, policy, now, noJitter)).toEqual({ kind: 'retry', delayMs: 5000 });
    const last = decide({ statusCode: 302, error: null }, 10, policy, now);
    expect(last).toEqual({ kind: 'failed', reason: 'the endpoint answered 302 (redirects are not followed); gave up after 10 attempts' });
    expect(decide({ statusCode: null, error: 'timed out after 10000 ms' }, 10, policy, now)).toEqual({
      kind: 'failed',
      reason: 'timed out after 10000 ms; gave up after 10 attempts',
    });
  });

  it('honours retry-after on 429 and 503, within the bound, never sooner than the schedule', () => {
    expect(decide({ statusCode: 429, retryAfter: '120', error: null }, 1, policy, now, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 120_000,
    });
    expect(decide({ statusCode: 503, retryAfter: 'Thu, 03 Dec 2026 10:10:00 GMT', error: null }, 1, policy, now, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 600_000,
    });
    expect(decide({ statusCode: 503, retryAfter: '999999', error: null }, 1, policy, now, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 3_600_000,
    });
    expect(decide({ statusCode: 429, retryAfter: '1', error: null }, 2, policy, now, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 300_000,
    });
    // Only those two statuses: a 500 with retry-after follows the schedule.
    expect(decide({ statusCode: 500, retryAfter: '120', error: null }, 1, policy, now, noJitter)).toEqual({ kind: 'retry', delayMs: 5000 });
  });

  it('jitters each wait by at most 10 % either way', () => {
    expect(withJitter(1000, () => 0)).toBe(900);
    expect(withJitter(1000, () => 0.999999)).toBe(1100);
    expect(withJitter(0, () => 0.9)).toBe(0);
  });

  it('reads retry-after in seconds or as an HTTP date, and ignores nonsense', () => {
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 03 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });

  it('reads WEBHOOK_RETRY_SCHEDULE_MS and refuses anything but milliseconds', () => {
    expect(validateEnvironment({ ...base, WEBHOOK_RETRY_SCHEDULE_MS: '0, 20,40' }).WEBHOOK_RETRY_SCHEDULE_MS).toEqual([0, 20, 40]);
    expect(() => validateEnvironment({ ...base, WEBHOOK_RETRY_SCHEDULE_MS: '0,-5' })).toThrow('WEBHOOK_RETRY_SCHEDULE_MS');
    expect(() => validateEnvironment({ ...base, WEBHOOK_RETRY_SCHEDULE_MS: '0,soon' })).toThrow('WEBHOOK_RETRY_SCHEDULE_MS');
  });
});
