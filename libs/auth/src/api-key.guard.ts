import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasRole, Role } from '@factdesk/database';
import { presentedApiKey } from './api-key';
import { AuthenticatedRequest } from './authenticated-user';
import { MIN_ROLE, PUBLIC_ROUTE } from './roles.decorator';
import { UsersService } from './users.service';

/**
 * Global guard: `Authorization: Bearer <key>` → user → role check. Fails closed: a
 * route that declares neither @Public() nor @Roles() is refused.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger(ApiKeyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const key = presentedApiKey(request.headers.authorization);
    if (!key) throw new UnauthorizedException('Missing API key: send "Authorization: Bearer <key>"');
    const user = await this.users.authenticate(key);
    if (!user) throw new UnauthorizedException('Invalid or revoked API key');
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
