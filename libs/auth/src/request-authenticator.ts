import { Injectable } from '@nestjs/common';
import { presentedApiKey } from './api-key';
import { AuthenticatedUser } from './authenticated-user';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { csrfTokenMatches, isStateChanging } from './session-token';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

export type AuthOutcome =
  | { kind: 'authenticated'; user: AuthenticatedUser }
  /** Neither a key nor a session cookie was sent: not counted as a failure (nothing was guessed). */
  | { kind: 'missing' }
  /** A key was sent and is malformed, unknown, revoked or its user disabled. */
  | { kind: 'invalid' }
  /** A session cookie was sent whose session has ended (signed out, password changed, user disabled) or never existed. */
  | { kind: 'session_ended' }
  /** A session cookie was sent whose session went idle or reached its maximum age. */
  | { kind: 'session_expired' }
  /** A live session's state-changing request without its CSRF token (or with another). */
  | { kind: 'csrf_refused' }
  /** The address used its budget of failed authentications: refused before any lookup. */
  | { kind: 'throttled'; retryAfterSeconds: number };

export interface CredentialsOfRequest {
  authorization: string | undefined;
  /** The `factdesk_session` cookie's value. */
  sessionToken?: string;
  /** The `X-CSRF-Token` header's value. */
  csrfToken?: string;
  method: string;
  address: string;
  allowBasic?: boolean;
  /**
   * The browser vouches the request comes from this origin (isSameOrigin): accepted instead of the CSRF token.
   * Only for pages that cannot send the token (the queue dashboard); the API always wants the token.
   */
  sameOrigin?: boolean;
}

/**
 * One way to authenticate a request, for the API's guard and the queue dashboard
 * alike: the address's failure budget first, then an API key if one is sent (Bearer,
 * any case and spacing of the scheme; Basic only where a browser must prompt), else the
 * session cookie, then the user. A key needs no CSRF token (machines send it on
 * purpose; a browser never adds it by itself); a session's state-changing request does.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly failures: FailedAuthLimiter,
  ) {}

  async authenticate(request: CredentialsOfRequest): Promise<AuthOutcome> {
    const retryAfterSeconds = this.failures.retryAfterSeconds(request.address);
    if (retryAfterSeconds > 0) return { kind: 'throttled', retryAfterSeconds };
    if (request.authorization?.trim()) {
      const key = presentedApiKey(request.authorization, { allowBasic: request.allowBasic });
      const user = key ? await this.users.authenticate(key) : null;
      if (user) return { kind: 'authenticated', user };
      this.failures.recordFailure(request.address);
      return { kind: 'invalid' };
    }
    if (!request.sessionToken) return { kind: 'missing' };
    const session = await this.sessions.authenticate(request.sessionToken);
    switch (session.kind) {
      case 'unknown':
        // Only a token no session ever had is a guess; a stale cookie of a real session is not.
        this.failures.recordFailure(request.address);
        return { kind: 'session_ended' };
      case 'ended':
        return { kind: 'session_ended' };
      case 'expired':
        return { kind: 'session_expired' };
    }
    if (isStateChanging(request.method) && !request.sameOrigin && !csrfTokenMatches(request.sessionToken, request.csrfToken))
      return { kind: 'csrf_refused' };
    return { kind: 'authenticated', user: session.user };
  }
}
