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
import { hasRole, Role } from '@factdesk/database';
import { AuthenticatedRequest } from './authenticated-user';
import { clientAddress } from './client-address';
import { RequestAuthenticator } from './request-authenticator';
import { MIN_ROLE, PUBLIC_ROUTE } from './roles.decorator';

type GuardedRequest = AuthenticatedRequest & { headers: Record<string, string | undefined>; ip?: string };

/**
 * Global guard: `Authorization: Bearer <key>` → user → role check. Fails closed: a
 * route that declares neither @Public() nor @Roles() is refused. An address that used
 * its budget of failed authentications gets 429 before any key is looked up.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger(ApiKeyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const outcome = await this.authenticator.authenticate({
      authorization: request.headers.authorization,
      address: clientAddress(request),
    });
    switch (outcome.kind) {
      case 'missing':
        throw new UnauthorizedException('Missing API key: send "Authorization: Bearer <key>"');
      case 'invalid':
        throw new UnauthorizedException('Invalid or revoked API key (send "Authorization: Bearer <key>")');
      case 'throttled':
        context
          .switchToHttp()
          .getResponse<{ setHeader(name: string, value: string): void }>()
          .setHeader('Retry-After', String(outcome.retryAfterSeconds));
        throw new HttpException(
          `Too many failed authentications from your address; try again in ${outcome.retryAfterSeconds} s`,
          HttpStatus.TOO_MANY_REQUESTS,
        );
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
