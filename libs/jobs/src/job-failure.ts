import { isDatabaseUnavailable } from '@factdesk/database';

/** Longest reason kept: enough to tell failures apart, too short to carry a dump of the input. */
const MAX_REASON_LENGTH = 120;

/**
 * What a failed job leaves where users see it: a short class (`timeout`,
 * `database_unavailable`, `redis_unavailable`, `worker_stalled`, `database_error: <SQLSTATE>`,
 * `file_error: <errno code>`, or `<otherwise>: <short reason>`), never the driver's raw
 * text with its SQL, values or stack. The raw error goes to the logs only. Takes an
 * Error, or the failed reason BullMQ kept as a string.
 */
export function classifyJobFailure(error: unknown, otherwise: string): string {
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
  // By its code, or from the message when only text is left (BullMQ's failed reason: "ENOSPC: no space left…").
  const errno = typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : /^(?:Error: )?(E[A-Z]{2,}): /.exec(message)?.[1];
  if (errno) return `file_error: ${errno}`;
  const firstLine = message.split('\n', 1)[0]!.trim();
  if (!firstLine) return `${otherwise}: unknown`;
  return `${otherwise}: ${firstLine.length > MAX_REASON_LENGTH ? `${firstLine.slice(0, MAX_REASON_LENGTH - 1)}…` : firstLine}`;
}
