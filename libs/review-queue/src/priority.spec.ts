import { agePoints, basePriority, MAX_AGE_POINTS, priorityScore, toQueuePriority } from './priority';

const HOUR = 3_600_000;

describe('queue priority', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('ranks a more check-worthy claim, and one from a wider-read article, first', () => {
    expect(basePriority(0.9, 0.5)).toBeGreaterThan(basePriority(0.4, 0.5));
    expect(basePriority(0.6, 1)).toBeGreaterThan(basePriority(0.6, 0.1));
  });

  it('raises a waiting claim with its age, up to a cap', () => {
    expect(agePoints(new Date(now.getTime() - 3 * HOUR), now, 1)).toBeCloseTo(3);
    expect(agePoints(new Date(now.getTime() - 1000 * HOUR), now, 1)).toBe(MAX_AGE_POINTS);
    expect(agePoints(new Date(now.getTime() + HOUR), now, 1)).toBe(0);
  });

  it("adds a lead's boost, within bounds", () => {
    const claim = { priorityBase: 40, priorityBoost: 0, queuedAt: now };
    expect(priorityScore({ ...claim, priorityBoost: 25 }, now, 1)).toBe(65);
    expect(priorityScore({ ...claim, priorityBoost: 1e6 }, now, 1)).toBe(140);
  });

  it('maps a higher score to a lower (earlier) BullMQ priority, inside BullMQ’s range', () => {
    expect(toQueuePriority(80)).toBeLessThan(toQueuePriority(20));
    expect(toQueuePriority(80.001)).toBeLessThan(toQueuePriority(80));
    expect(toQueuePriority(1e9)).toBe(1);
    expect(toQueuePriority(-1e9)).toBe(2 ** 21 - 1);
  });
});
