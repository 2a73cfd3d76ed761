import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { EnvironmentVariables } from '@factdesk/config';
import { commandConnectionOptions } from './redis-connection';

/**
 * A plain ioredis client for what BullMQ does not do itself (health pings, raw
 * commands). BullMQ 6 no longer exposes its own client.
 */
export const REDIS = Symbol('REDIS');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => {
        const { url, ...options } = commandConnectionOptions(env);
        return new Redis(url, options);
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
