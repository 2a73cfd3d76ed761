import type { ConnectionOptions, RedisOptions } from 'bullmq';
import type { EnvironmentVariables } from '@factdesk/config';

/**
 * Delay before the next reconnection attempt: soon after Redis is back, whatever the
 * length of the outage (BullMQ's own default grows to 20 s between attempts).
 */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(100 * attempt, 2000);
}

/**
 * For BullMQ workers: they block on Redis and must wait out a reconnect, not fail the
 * command (`maxRetriesPerRequest: null`, as BullMQ requires).
 */
export function redisConnectionOptions(redisUrl: string): ConnectionOptions {
  return { url: redisUrl, maxRetriesPerRequest: null, retryStrategy: reconnectDelayMs };
}

/**
 * For every other connection (queues as producers, the plain client): while Redis is
 * away a command fails at once instead of waiting in ioredis's offline queue for Redis
 * to return, and a command Redis does not answer fails after REDIS_COMMAND_TIMEOUT_MS.
 * Callers on a request path go through BoundedRedis as well, which also bounds what is
 * not a command (BullMQ waiting for its first connection).
 */
export function commandConnectionOptions(env: EnvironmentVariables): RedisOptions & { url: string } {
  return {
    url: env.REDIS_URL,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: env.REDIS_COMMAND_TIMEOUT_MS,
    retryStrategy: reconnectDelayMs,
  };
}
