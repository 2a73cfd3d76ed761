import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { AuthenticatedRequest, clientAddress } from '@factdesk/auth';

/** The rate limit's window: RATE_LIMIT_PER_MINUTE requests per bucket in it. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * The bucket a request counts against, the same for every route: its verified key's
 * (so `bearer K`, `BEARER K` and `Bearer  K` are one bucket, and newsrooms behind one
 * proxy do not share one), or its address's when it sent no key (health, docs).
 */
export function rateLimitBucket(request: AuthenticatedRequest & { ip?: string }): string {
  return request.user ? `rate:key:${request.user.apiKeyId}` : `rate:ip:${clientAddress(request)}`;
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
    const per = context.switchToHttp().getRequest<AuthenticatedRequest>().user ? 'API key' : 'address';
    throw new ThrottlerException(
      `Rate limit of ${detail.limit} requests per minute per ${per} reached; try again in ${detail.timeToBlockExpire} s`,
    );
  }
}
