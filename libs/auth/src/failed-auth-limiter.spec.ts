import { FailedAuthLimiter } from './failed-auth-limiter';

describe('FailedAuthLimiter', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => (now = 1_000));

  it('lets an address fail its budget, then refuses it until its window ends', () => {
    const limiter = new FailedAuthLimiter(3, 60_000, clock);
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(0);
      limiter.recordFailure('10.0.0.1');
    }
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(60);
    now += 59_500;
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(1);
    now += 500;
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(0);
  });

  it('counts each address on its own', () => {
    const limiter = new FailedAuthLimiter(1, 60_000, clock);
    limiter.recordFailure('10.0.0.1');
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('10.0.0.2')).toBe(0);
  });
});
