import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { BoundedRedis, REDIS } from '@factdesk/jobs';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly bounded: BoundedRedis,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key: 'redis') {
    const indicator = this.health.check(key);
    try {
      const reply = await this.bounded.call('a ping', () => this.redis.ping());
      return reply === 'PONG' ? indicator.up() : indicator.down({ message: `unexpected reply ${reply}` });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
