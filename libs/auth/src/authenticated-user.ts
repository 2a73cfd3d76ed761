import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '@factdesk/database';

export interface AuthenticatedUser {
  id: string;
  name: string;
  role: Role;
  apiKeyId: string;
}

export type AuthenticatedRequest = { user?: AuthenticatedUser };

/** The caller, as the guard resolved it from the API key. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
});
