import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeysService } from './api-keys.service';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { RequestAuthenticator } from './request-authenticator';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';
import { VerifiedKeyCache } from './verified-key-cache';

@Module({
  imports: [AuditModule],
  providers: [
    {
      provide: VerifiedKeyCache,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => new VerifiedKeyCache(env.AUTH_CACHE_TTL_MS),
    },
    {
      provide: FailedAuthLimiter,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => new FailedAuthLimiter(env.AUTH_FAILURES_PER_MINUTE),
    },
    ApiKeysService,
    UsersService,
    SessionsService,
    RequestAuthenticator,
    ApiKeyGuard,
  ],
  exports: [UsersService, ApiKeysService, SessionsService, RequestAuthenticator, ApiKeyGuard],
})
export class AuthModule {}
