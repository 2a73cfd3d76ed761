import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { EnvironmentVariables } from '@factdesk/config';
import { hasRole, Role } from '@factdesk/database';
import { AuthenticatedRequest } from './authenticated-user';
import { clientAddress } from './client-address';
import { RequestAuthenticator } from './request-authenticator';
import { MIN_ROLE, PUBLIC_ROUTE } from './roles.decorator';
import { clearSessionCookie, sessionCredentials } from './session-cookie';

/** 429 with `Retry-After` for a client that used its budget of failed authentications (sign-ins too). */
export function tooManyFailures(response: Pick<Response, 'setHeader'>, retryAfterSeconds: number): HttpException {
  response.setHeader('Retry-After', String(retryAfterSeconds));
  return new HttpException(
    `Too many failed authentications from your address; try again in ${retryAfterSeconds} s`,
    HttpStatus.TOO_MANY_REQUESTS,
  );
}

type GuardedRequest = AuthenticatedRequest & {
  headers: Record<string, string | undefined>;
  cookies?: Record<string, unknown>;
  method: string;
  ip?: string;
};

/**
 * Global guard: `Authorization: Bearer <key>` or the session cookie (with its CSRF
 * token on state-changing requests) → user → role check. Fails closed: a route that
 * declares neither @Public() nor @Roles() is refused. An address that used its budget
 * of failed authentications gets 429 before any key or session is looked up.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger(ApiKeyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
    private readonly env: EnvironmentVariables,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const outcome = await this.authenticator.authenticate({
      authorization: request.headers.authorization,
      ...sessionCredentials(request),
      method: request.method,
      address: clientAddress(request),
    });
    switch (outcome.kind) {
      case 'missing':
        throw new UnauthorizedException('Not signed in: sign in, or send an API key as "Authorization: Bearer <key>"');
      case 'invalid':
        throw new UnauthorizedException('Invalid or revoked API key (send "Authorization: Bearer <key>")');
      case 'session_ended':
        clearSessionCookie(response, this.env);
        throw new UnauthorizedException('Not signed in: the session has ended; sign in again');
      case 'session_expired':
        clearSessionCookie(response, this.env);
        throw new UnauthorizedException('Session expired');
      case 'csrf_refused':
        throw new ForbiddenException('Missing or wrong CSRF token');
      case 'throttled':
        throw tooManyFailures(response, outcome.retryAfterSeconds);
    }
    const user = outcome.user;
    request.user = user;

    const minimum = this.reflector.getAllAndOverride<Role | undefined>(MIN_ROLE, targets);
    if (!minimum) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no role; refusing`);
      throw new ForbiddenException('This route is not open to any role');
    }
    if (!hasRole(user.role, minimum)) {
      throw new ForbiddenException(`This action needs role "${minimum}" or higher; you are "${user.role}"`);
    }
    return true;
  }
}
