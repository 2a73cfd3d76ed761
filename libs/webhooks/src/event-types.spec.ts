import { subscriptionWants } from './event-types';

describe('subscriptionWants', () => {
  it('matches listed types, and every deliverable type for *', () => {
    expect(subscriptionWants(['verdict.published'], 'verdict.published')).toBe(true);
    expect(subscriptionWants(['verdict.published'], 'verdict.corrected')).toBe(false);
    expect(subscriptionWants(['*'], 'claim.ready')).toBe(true);
  });

  it('never matches outbox types webhooks do not deliver, nor ping', () => {
    expect(subscriptionWants(['*'], 'conflict.sides_added')).toBe(false);
    expect(subscriptionWants(['*'], 'conflict.rechecked')).toBe(false);
    expect(subscriptionWants(['*'], 'ping')).toBe(false);
  });
});
