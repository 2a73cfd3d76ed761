import { isDatabaseUnavailable } from '@factdesk/database';

/** Longest engine reason kept: enough to tell failures apart, too short to carry a dump of the input. */
const MAX_REASON_LENGTH = 120;

/**
 * What an article shows when its extraction failed: a short class every reviewer may
 * read (`timeout`, `database_unavailable`, `redis_unavailable`, `worker_stalled`,
 * `database_error: <SQLSTATE>`, `engine_error: <short reason>`), never the driver's
 * raw text with its SQL, values or stack. The raw error goes to the logs only.
 * Takes an Error, or the failed reason BullMQ kept as a string.
 */
export function classifyExtractionError(error: unknown): string {
  const message = (error instanceof Error ? error.message : typeof error === 'string' ? error : '').trim();
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  if ((error as Error | null)?.name === 'TimeoutError' || code === '57014' || /\btim(ed|e)[ -]?out\b|\btimeout\b/i.test(message))
    return 'timeout';
  if (isDatabaseUnavailable(error) || isDatabaseUnavailable(new Error(message))) return 'database_unavailable';
  if ((error as Error | null)?.name === 'RedisUnavailableError' || /^Redis (did not answer|failed)/.test(message))
    return 'redis_unavailable';
  if (/stalled more than allowable limit/i.test(message)) return 'worker_stalled';
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return `database_error: ${code}`;
  const firstLine = message.split('\n', 1)[0]!.trim();
  if (!firstLine) return 'engine_error: unknown';
  return `engine_error: ${firstLine.length > MAX_REASON_LENGTH ? `${firstLine.slice(0, MAX_REASON_LENGTH - 1)}…` : firstLine}`;
}
