import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import { SessionEndReason, SessionEntity, UserEntity } from '@factdesk/database';
import { AuthenticatedUser } from './authenticated-user';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { hashPassword, passwordMatches, passwordNeedsRehash, verifyNothing } from './passwords';
import { csrfTokenOf, generateSessionToken, sessionTokenHash } from './session-token';
import { VerifiedKeyCache } from './verified-key-cache';

export type SignInOutcome =
  | {
      kind: 'signed_in';
      user: AuthenticatedUser & { sessionId: string };
      token: string;
      csrfToken: string;
      /** When the session ends if left idle (as `GET /api/session` says). */
      expiresAt: Date;
      /** When it ends at the latest: the cookie's own expiry. */
      maxAgeEndsAt: Date;
    }
  /** Unknown name or wrong password: one answer for both. Counted against the address and the name. */
  | { kind: 'wrong' }
  /** The right password of a disabled user. */
  | { kind: 'disabled' }
  /** The address or the name used its budget of failures: refused before any password is checked. */
  | { kind: 'throttled'; retryAfterSeconds: number };

export type SessionCheck =
  | { kind: 'authenticated'; user: AuthenticatedUser }
  /** Idle past SESSION_IDLE_TIMEOUT_MS or older than SESSION_MAX_AGE_MS. */
  | { kind: 'expired' }
  /** Signed out, ended by a password change, or its user disabled. */
  | { kind: 'ended' }
  /** No session has this token: a guess, or a cookie from another database. */
  | { kind: 'unknown' };

/** How fresh `sessions.last_seen_at` is kept: a minute, or a quarter of the idle timeout when that is shorter. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** How long past its maximum age a session row is kept (for clocks that disagree a little), then purged at a sign-in. */
export const SESSION_PURGE_AFTER_MS = 24 * 3_600_000;

const cacheKey = (token: string) => `session:${token}`;

/** Name lookups ignore case and surrounding spaces, so "Ana" and " ana" share one budget of failures. */
const nameBucket = (name: string) => `name:${name.trim().toLowerCase()}`;

/**
 * Browser sessions: signing in with a name and password, resolving a session cookie
 * to its user (the same AuthenticatedUser an API key gives), and ending sessions.
 * Failed sign-ins count against the client address (with failed API keys, one budget)
 * and against the name tried (so one account cannot be guessed at from many addresses).
 */
@Injectable()
export class SessionsService {
  private readonly nameFailures: FailedAuthLimiter;
  private readonly lastSeenResolutionMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly verified: VerifiedKeyCache,
    private readonly failures: FailedAuthLimiter,
    private readonly env: EnvironmentVariables,
  ) {
    this.nameFailures = new FailedAuthLimiter(env.AUTH_FAILURES_PER_MINUTE);
    this.lastSeenResolutionMs = Math.min(LAST_SEEN_RESOLUTION_MS, Math.floor(env.SESSION_IDLE_TIMEOUT_MS / 4));
  }

  /** Whole seconds until this address may try a password (or a key) again, and this name a password; 0 when both may now. */
  retryAfterSeconds(address: string, name: string): number {
    return Math.max(this.failures.retryAfterSeconds(address), this.nameFailures.retryAfterSeconds(nameBucket(name)));
  }

  recordFailure(address: string, name: string): void {
    this.failures.recordFailure(address);
    this.nameFailures.recordFailure(nameBucket(name));
  }

  async signIn(input: { name: string; password: string; address: string }): Promise<SignInOutcome> {
    const retryAfterSeconds = this.retryAfterSeconds(input.address, input.name);
    if (retryAfterSeconds > 0) return { kind: 'throttled', retryAfterSeconds };

    // Names are not unique: every user of that exact name with a password is a candidate, oldest first.
    const candidates = (
      await this.dataSource.getRepository(UserEntity).find({ where: { name: input.name.trim() }, order: { createdAt: 'ASC' } })
    ).filter((user) => user.passwordHash);
    let matched: UserEntity | null = null;
    if (candidates.length === 0) await verifyNothing(input.password);
    for (const candidate of candidates) {
      if (await passwordMatches(candidate.passwordHash!, input.password)) {
        matched = candidate;
        break;
      }
    }
    if (!matched) {
      this.recordFailure(input.address, input.name);
      await this.auditFailedSignIn(candidates, input.address, candidates.length ? 'wrong_password' : 'unknown_name');
      return { kind: 'wrong' };
    }
    if (matched.disabledAt) {
      await this.auditFailedSignIn([matched], input.address, 'user_disabled');
      return { kind: 'disabled' };
    }

    // A hash made with older parameters is replaced now, while the password is at hand.
    const rehashed = passwordNeedsRehash(matched.passwordHash!) ? await hashPassword(input.password) : null;
    const { token, tokenHash } = generateSessionToken();
    const now = Date.now();
    const expiresAt = new Date(now + this.env.SESSION_MAX_AGE_MS);
    const session = await this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(SessionEntity, { userId: matched.id, tokenHash, lastSeenAt: new Date(now), expiresAt }),
      );
      if (rehashed) {
        // Only if the password did not change meanwhile (password_changed_at stays: the password is the same).
        await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1 AND password_hash = $3`, [
          matched.id,
          rehashed,
          matched.passwordHash,
        ]);
      }
      await this.purgeOldSessions(manager);
      await this.audit.record(manager, {
        actorId: matched.id,
        action: 'session.signed_in',
        entityType: 'session',
        entityId: session.id,
        details: { address: input.address },
      });
      return session;
    });
    const user = { id: matched.id, name: matched.name, role: matched.role, sessionId: session.id };
    return { kind: 'signed_in', user, token, csrfToken: csrfTokenOf(token), expiresAt: this.endsAt(session), maxAgeEndsAt: expiresAt };
  }

  /**
   * Resolves a session cookie's token. A live session's `last_seen_at` moves forward (at
   * most once a minute), which is what keeps it from going idle; the result is remembered
   * like a verified key, for AUTH_CACHE_TTL_MS or until the session would expire.
   */
  async authenticate(token: string): Promise<SessionCheck> {
    const cached = this.verified.get(cacheKey(token));
    if (cached) return { kind: 'authenticated', user: cached };
    const tokenHash = sessionTokenHash(token);
    if (!tokenHash) return { kind: 'unknown' };
    const session = await this.dataSource.getRepository(SessionEntity).findOne({ where: { tokenHash }, relations: { user: true } });
    if (!session?.user) return { kind: 'unknown' };
    if (session.endedAt || session.user.disabledAt) return { kind: 'ended' };
    const now = Date.now();
    if (now >= this.endsAt(session).getTime()) return { kind: 'expired' };
    if (now - session.lastSeenAt.getTime() >= this.lastSeenResolutionMs) {
      session.lastSeenAt = new Date(now);
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2`, [
        session.id,
        session.lastSeenAt,
      ]);
    }
    const user: AuthenticatedUser = { id: session.user.id, name: session.user.name, role: session.user.role, sessionId: session.id };
    this.verified.remember(cacheKey(token), user, this.endsAt(session).getTime());
    return { kind: 'authenticated', user };
  }

  /** A live session as its owner sees it: `expiresAt` is when it ends unless used again (idle) or at the latest (max age). */
  async describe(user: AuthenticatedUser & { sessionId: string }, token: string) {
    const session = await this.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: user.sessionId });
    return {
      user: { id: user.id, name: user.name, role: user.role },
      csrfToken: csrfTokenOf(token),
      expiresAt: this.endsAt(session),
    };
  }

  /** Signs a session out: refused at once by this process, by every API process within AUTH_CACHE_TTL_MS. */
  async signOut(user: AuthenticatedUser & { sessionId: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        SessionEntity,
        { id: user.sessionId, endedAt: IsNull() },
        { endedAt: new Date(), endReason: SessionEndReason.SignedOut },
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'session.signed_out',
        entityType: 'session',
        entityId: user.sessionId,
      });
    });
    this.verified.forget({ sessionId: user.sessionId });
  }

  /**
   * Inside the caller's transaction: ends every live session of a user (but `except`,
   * the one making the change). The caller forgets the user's cached credentials once
   * the transaction commits. Returns how many ended.
   */
  async endUserSessions(manager: EntityManager, userId: string, reason: SessionEndReason, except?: string): Promise<number> {
    const ended = await manager.query<[unknown[], number]>(
      `UPDATE sessions SET ended_at = now(), end_reason = $2
        WHERE user_id = $1 AND ended_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, except ?? null],
    );
    return ended[1];
  }

  /**
   * A failed sign-in in the audit log, never with the password, nor with a name no user has (a password typed
   * into the name field would be kept): against each user of the name tried, else against the address.
   */
  private async auditFailedSignIn(users: UserEntity[], address: string, reason: 'wrong_password' | 'unknown_name' | 'user_disabled') {
    const entries = users.length
      ? users.map((user) => ({ entityType: 'user', entityId: user.id, details: { address, reason } }))
      : [{ entityType: 'address', entityId: address, details: { reason } }];
    await this.audit.record(
      this.dataSource.manager,
      ...entries.map((entry) => ({ ...entry, actorId: null, action: 'session.sign_in_failed' })),
    );
  }

  /**
   * Deletes sessions past their maximum age by more than a day, at each sign-in: the table then holds at most the
   * sign-ins of SESSION_MAX_AGE_MS and a day, with nobody signing in nothing grows. A browser forgets the cookie at
   * the maximum age (its own expiry), so no live cookie points at a deleted row (it would count as a guessed token).
   * The audit log keeps every sign-in and sign-out.
   */
  private async purgeOldSessions(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE expires_at < now() - make_interval(secs => $1)`, [SESSION_PURGE_AFTER_MS / 1000]);
  }

  /** When the session ends if it is not used again: idle timeout from its last use, capped by its maximum age. */
  private endsAt(session: Pick<SessionEntity, 'lastSeenAt' | 'expiresAt'>): Date {
    return new Date(Math.min(session.lastSeenAt.getTime() + this.env.SESSION_IDLE_TIMEOUT_MS, session.expiresAt.getTime()));
  }
}
