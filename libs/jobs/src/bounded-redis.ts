import { Injectable } from '@nestjs/common';
import { EnvironmentVariables } from '@factdesk/config';

/** Redis (or BullMQ on it) failed or did not answer in time: the HTTP edge answers 503 with Retry-After. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/**
 * The one bound on Redis for request paths: every BullMQ or ioredis call a request
 * makes goes through `call`, which settles within REDIS_COMMAND_TIMEOUT_MS whatever
 * Redis does. A caller for whom Redis is only the order of things catches the error
 * and goes on (PostgreSQL holds the truth; reconciliation repairs the order); one that
 * truly needs Redis lets it reach the error filter, which answers 503.
 */
@Injectable()
export class BoundedRedis {
  constructor(private readonly env: EnvironmentVariables) {}

  get timeoutMs(): number {
    return this.env.REDIS_COMMAND_TIMEOUT_MS;
  }

  /** `work()`'s result, or RedisUnavailableError naming `what` when it fails or takes longer than the bound. */
  async call<T>(what: string, work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RedisUnavailableError(`Redis did not answer ${what} within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([Promise.resolve().then(work), timeout]);
    } catch (error) {
      if (error instanceof RedisUnavailableError) throw error;
      throw new RedisUnavailableError(`Redis failed ${what}: ${(error as Error).message}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}
