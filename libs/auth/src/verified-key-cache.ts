import { AuthenticatedUser } from './authenticated-user';

/** Most keys a process remembers; past it the cache starts over (a bound, not an LRU: misses are cheap). */
const MAX_KEYS = 10_000;

/**
 * Recently verified keys (and session tokens) → their user, per process, so a busy
 * client costs no lookup per request. Each entry lives `ttlMs` (or less, when the
 * credential expires sooner): that is how long another process may still accept a key
 * revoked, a session ended (or a user disabled) elsewhere. The process that makes such
 * a change forgets the entries at once. Failures are never remembered.
 */
export class VerifiedKeyCache {
  private readonly entries = new Map<string, { user: AuthenticatedUser; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(presentedKey: string): AuthenticatedUser | null {
    const entry = this.entries.get(presentedKey);
    if (!entry) return null;
    if (entry.until > this.now()) return entry.user;
    this.entries.delete(presentedKey);
    return null;
  }

  /** `notAfter`: when the credential stops working anyway (a session's expiry), if sooner than the TTL. */
  remember(presentedKey: string, user: AuthenticatedUser, notAfter = Number.POSITIVE_INFINITY): void {
    const until = Math.min(this.now() + this.ttlMs, notAfter);
    if (until <= this.now()) return;
    if (this.entries.size >= MAX_KEYS) this.entries.clear();
    this.entries.set(presentedKey, { user, until });
  }

  /** Drops the entries of one key (`apiKeyId`), one session (`sessionId`), or every key and session of one user (`userId`). */
  forget(which: { apiKeyId: string } | { sessionId: string } | { userId: string }): void {
    for (const [presentedKey, { user }] of this.entries) {
      const matches =
        'apiKeyId' in which
          ? user.apiKeyId === which.apiKeyId
          : 'sessionId' in which
            ? user.sessionId === which.sessionId
            : user.id === which.userId;
      if (matches) this.entries.delete(presentedKey);
    }
  }
}
