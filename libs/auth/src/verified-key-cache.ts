import { AuthenticatedUser } from './authenticated-user';

/** Most keys a process remembers; past it the cache starts over (a bound, not an LRU: misses are cheap). */
const MAX_KEYS = 10_000;

/**
 * Recently verified keys → their user, per process, so a busy client costs no key
 * lookup per request. Each entry lives `ttlMs`: that is how long another process may
 * still accept a key revoked (or a user disabled) elsewhere. The process that makes
 * such a change forgets the entries at once. Failures are never remembered.
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

  remember(presentedKey: string, user: AuthenticatedUser): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_KEYS) this.entries.clear();
    this.entries.set(presentedKey, { user, until: this.now() + this.ttlMs });
  }

  /** Drops every entry of one key (`apiKeyId`) or of every key of one user (`userId`). */
  forget(which: { apiKeyId: string } | { userId: string }): void {
    for (const [presentedKey, { user }] of this.entries) {
      if ('apiKeyId' in which ? user.apiKeyId === which.apiKeyId : user.id === which.userId) this.entries.delete(presentedKey);
    }
  }
}
