import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '@factdesk/database';

interface UserIdentity {
  id: string;
  name: string;
  role: Role;
}

/**
 * The caller, the same whichever way it authenticated (so roles work alike): with an
 * API key (`apiKeyId`, machines) or with a browser session (`sessionId`).
 */
export type AuthenticatedUser = UserIdentity & ({ apiKeyId: string; sessionId?: undefined } | { sessionId: string; apiKeyId?: undefined });

export type AuthenticatedRequest = { user?: AuthenticatedUser };

/** The caller, as the guard resolved it from the API key or the session cookie. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
});
