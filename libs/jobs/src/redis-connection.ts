import type { ConnectionOptions } from 'bullmq';

/**
 * BullMQ connects from the URL itself; workers need `maxRetriesPerRequest: null`
 * (they block on Redis and must wait out a reconnect, not fail the command).
 */
export function redisConnectionOptions(redisUrl: string): ConnectionOptions {
  return { url: redisUrl, maxRetriesPerRequest: null };
}
