/**
 * When a delivery is tried again, and when it gives up: pure, so the schedule can be
 * read and tested on its own.
 *
 * The schedule is WEBHOOK_RETRY_SCHEDULE_MS, by default the Standard Webhooks
 * specification's: the first attempt at once, then retries 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 14 h, 20 h and 24 h after the attempt before (ten attempts over about three
 * days). Each wait gets up to ±10 % of jitter, so endpoints that failed together do not
 * all come back in the same second. Tests use a few milliseconds each. `429` and `503` with `retry-after` wait at least what the receiver
 * asked, at most WEBHOOK_RETRY_AFTER_MAX_MS.
 */
/** Jitter as a share of each wait, either way. */
export const RETRY_JITTER = 0.1;

/** What one attempt came to, as the sender saw it. */
export interface AttemptResult {
  /** HTTP status, or null when no response arrived (refused address, timeout, connection error). */
  statusCode: number | null;
  /** `retry-after` of the response, as sent (seconds or an HTTP date). */
  retryAfter?: string | null;
  /** Why there was no usable response (null when a response arrived). */
  error: string | null;
}

export type DeliveryDecision =
  | { kind: 'delivered' }
  | { kind: 'retry'; delayMs: number }
  | { kind: 'failed'; reason: string }
  /** The receiver said the endpoint is gone (410): disable the subscription now. */
  | { kind: 'disable'; reason: string };

export interface RetryPolicy {
  scheduleMs: readonly number[];
  retryAfterMaxMs: number;
}

/** Milliseconds a `retry-after` value asks for (seconds or an HTTP date), or null when it says nothing usable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** `delayMs` with up to ±RETRY_JITTER of it added; `random` in [0, 1). */
export function withJitter(delayMs: number, random: () => number = Math.random): number {
  return Math.max(0, Math.round(delayMs * (1 + RETRY_JITTER * (2 * random() - 1))));
}

/**
 * What to do after attempt number `attempt` (1-based) of a delivery: any 2xx is
 * delivered; 410 disables the endpoint; anything else is retried after the schedule's
 * next wait (or the receiver's `retry-after` on 429/503, within the bound) until the
 * schedule is used up, then the delivery has failed.
 */
export function decide(result: AttemptResult, attempt: number, policy: RetryPolicy, now: number, random?: () => number): DeliveryDecision {
  const { statusCode } = result;
  if (statusCode !== null && statusCode >= 200 && statusCode < 300) return { kind: 'delivered' };
  if (statusCode === 410) return { kind: 'disable', reason: 'the endpoint answered 410 Gone' };
  const reason = statusCode === null ? (result.error ?? 'no response') : describeStatus(statusCode);
  if (attempt >= policy.scheduleMs.length) {
    return { kind: 'failed', reason: `${reason}; gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}` };
  }
  let delayMs = withJitter(policy.scheduleMs[attempt]!, random);
  if (statusCode === 429 || statusCode === 503) {
    const asked = retryAfterMs(result.retryAfter, now);
    if (asked !== null) delayMs = Math.max(delayMs, Math.min(asked, policy.retryAfterMaxMs));
  }
  return { kind: 'retry', delayMs };
}

function describeStatus(statusCode: number): string {
  if (statusCode >= 300 && statusCode < 400) return `the endpoint answered ${statusCode} (redirects are not followed)`;
  return `the endpoint answered ${statusCode}`;
}
