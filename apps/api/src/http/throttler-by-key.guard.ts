import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { AuthenticatedRequest, clientAddress } from '@factdesk/auth';

/** The rate limit's window: RATE_LIMIT_PER_MINUTE requests per bucket in it. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * The bucket a request counts against, the same for every route: its verified key's
 * (so `bearer K`, `BEARER K` and `Bearer  K` are one bucket, and newsrooms behind one
 * proxy do not share one), a signed-in user's (all of the user's sessions together, so
 * signing in again does not start a new budget), or its address's when it sent neither
 * (health, docs, signing in).
 */
export function rateLimitBucket(request: AuthenticatedRequest & { ip?: string }): string {
  const user = request.user;
  if (!user) return `rate:ip:${clientAddress(request)}`;
  return user.sessionId ? `rate:user:${user.id}` : `rate:key:${user.apiKeyId}`;
}

/**
 * The rate limit, after authentication (ApiKeyGuard runs first and sets the user):
 * a request with a key that does not verify never gets here, it counts against its
 * address's budget of failed authentications instead.
 */
@Injectable()
export class ThrottlerByKeyGuard extends ThrottlerGuard {
  protected override async getTracker(request: AuthenticatedRequest & { ip?: string }): Promise<string> {
    return rateLimitBucket(request);
  }

  /** One bucket per key across all routes (the library's default is one per route). */
  protected override generateKey(_context: ExecutionContext, tracker: string): string {
    return tracker;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    const per = user ? (user.sessionId ? 'signed-in user' : 'API key') : 'address';
    throw new ThrottlerException(
      `Rate limit of ${detail.limit} requests per minute per ${per} reached; try again in ${detail.timeToBlockExpire} s`,
    );
  }
}
