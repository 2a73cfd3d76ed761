/**
 * Queue priority, in points (higher is reviewed sooner):
 *   base  = 60 × check-worthiness + 25 × the article's reach      (0..85, fixed at queueing)
 *   boost = a lead's adjustment                                  (−100..100)
 *   age   = QUEUE_AGE_POINTS_PER_HOUR × hours waiting, at most 30 (older waits rise)
 * Pure functions shared by the API (ordering on enqueue and boost), the reconciler
 * (refreshing ages) and the SQL fallback order, so all three agree.
 */
export const CHECKWORTHINESS_POINTS = 60;
export const REACH_POINTS = 25;
export const MAX_AGE_POINTS = 30;
export const MAX_BOOST = 100;

/** BullMQ orders by an integer where lower runs first; scores map onto it at this resolution. */
const SCORE_CEILING = MAX_BOOST + CHECKWORTHINESS_POINTS + REACH_POINTS + MAX_AGE_POINTS;
const STEPS_PER_POINT = 1000;
const BULLMQ_PRIORITY_LIMIT = 2 ** 21 - 1;

export function basePriority(checkworthiness: number, reach: number): number {
  return CHECKWORTHINESS_POINTS * clamp(checkworthiness, 0, 1) + REACH_POINTS * clamp(reach, 0, 1);
}

export function agePoints(queuedAt: Date, now: Date, pointsPerHour: number): number {
  const hours = Math.max(0, now.getTime() - queuedAt.getTime()) / 3_600_000;
  return Math.min(MAX_AGE_POINTS, hours * pointsPerHour);
}

export interface PriorityInputs {
  priorityBase: number;
  priorityBoost: number;
  queuedAt: Date | null;
}

export function priorityScore(claim: PriorityInputs, now: Date, agePointsPerHour: number): number {
  const age = claim.queuedAt ? agePoints(claim.queuedAt, now, agePointsPerHour) : 0;
  return claim.priorityBase + clamp(claim.priorityBoost, -MAX_BOOST, MAX_BOOST) + age;
}

/** The BullMQ priority for a score: 1 for the most urgent; equal scores keep their arrival order. */
export function toQueuePriority(score: number): number {
  const steps = Math.round((SCORE_CEILING - score) * STEPS_PER_POINT);
  return clamp(steps, 1, BULLMQ_PRIORITY_LIMIT);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
