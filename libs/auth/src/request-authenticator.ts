import { Injectable } from '@nestjs/common';
import { presentedApiKey } from './api-key';
import { AuthenticatedUser } from './authenticated-user';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { UsersService } from './users.service';

export type AuthOutcome =
  | { kind: 'authenticated'; user: AuthenticatedUser }
  /** No key was sent: not counted as a failure (nothing was guessed). */
  | { kind: 'missing' }
  /** A key was sent and is malformed, unknown, revoked or its user disabled. */
  | { kind: 'invalid' }
  /** The address used its budget of failed authentications: refused before any lookup. */
  | { kind: 'throttled'; retryAfterSeconds: number };

/**
 * One way to authenticate a request, for the API's guard and the queue dashboard
 * alike: the address's failure budget first, then the key (Bearer, any case and
 * spacing of the scheme; Basic only where a browser must prompt), then the user.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly users: UsersService,
    private readonly failures: FailedAuthLimiter,
  ) {}

  async authenticate(request: { authorization: string | undefined; address: string; allowBasic?: boolean }): Promise<AuthOutcome> {
    const retryAfterSeconds = this.failures.retryAfterSeconds(request.address);
    if (retryAfterSeconds > 0) return { kind: 'throttled', retryAfterSeconds };
    if (!request.authorization?.trim()) return { kind: 'missing' };
    const key = presentedApiKey(request.authorization, { allowBasic: request.allowBasic });
    const user = key ? await this.users.authenticate(key) : null;
    if (user) return { kind: 'authenticated', user };
    this.failures.recordFailure(request.address);
    return { kind: 'invalid' };
  }
}
