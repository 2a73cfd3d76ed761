import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '@factdesk/auth';
import { RETRY_AFTER_SECONDS } from '../http/http-error.filter';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /**
   * 200 when PostgreSQL and Redis both answer; otherwise 503 (with Retry-After) in
   * terminus's own shape, naming the dependency that is down:
   * `{status: 'error', info: {redis: {status: 'up'}}, error: {database: {status: 'down', message}}, details}`.
   */
  @Get()
  @Public()
  @HealthCheck()
  @ApiResponse({ status: 503, description: '`error` names each dependency that is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.database.pingCheck('database', { timeout: 1500 }), () => this.redis.isHealthy('redis')]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return error.getResponse() as HealthCheckResult;
    }
  }
}
