import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ApiKeyEntity, Role, SessionEndReason, UserEntity } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { ApiKeysService } from './api-keys.service';
import { AuthenticatedUser } from './authenticated-user';
import { parseApiKey, secretMatches } from './api-key';
import { hashPassword, passwordMatches, passwordProblem } from './passwords';
import { SessionsService } from './sessions.service';
import { VerifiedKeyCache } from './verified-key-cache';

export interface CreatedUser {
  user: UserEntity;
  /** Shown once; only its hash is stored. */
  apiKey: string;
}

/** How fresh `api_keys.last_used_at` is kept: a minute (the SQL below says the same). */
const LAST_USED_RESOLUTION_MS = 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A user in an admin's list: with how many working (unrevoked) keys the user has. */
export type ListedUser = UserEntity & { keyCount: number };

/** Users: creating, listing, disabling and enabling them, their role and password, and resolving a presented key to its user. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly apiKeys: ApiKeysService,
    private readonly verified: VerifiedKeyCache,
    private readonly sessions: SessionsService,
  ) {}

  /** Creates a user with a first API key; `actorId` is null when created from the command line. */
  async createUser(input: { name: string; role: Role }, actorId: string | null): Promise<CreatedUser> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(manager.create(UserEntity, { name: input.name, role: input.role }));
      await this.audit.record(manager, {
        actorId,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        details: { role: user.role, name: user.name },
      });
      const { apiKey } = await this.apiKeys.insertKey(manager, user.id, 'initial', actorId);
      return { user, apiKey };
    });
  }

  async listUsers(): Promise<ListedUser[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { createdAt: 'ASC' } });
    const counts = await this.dataSource.query<{ user_id: string; n: number }[]>(
      `SELECT user_id, count(*)::int AS n FROM api_keys WHERE revoked_at IS NULL GROUP BY user_id`,
    );
    const countOf = new Map(counts.map((row) => [row.user_id, row.n]));
    return users.map((user) => Object.assign(user, { keyCount: countOf.get(user.id) ?? 0 }));
  }

  /** Users who can be given a claim (every role reviews; disabled users cannot sign in), by name. */
  async listReviewers(): Promise<Pick<UserEntity, 'id' | 'name' | 'role'>[]> {
    return this.dataSource.getRepository(UserEntity).find({
      select: { id: true, name: true, role: true },
      where: { disabledAt: IsNull() },
      order: { name: 'ASC', createdAt: 'ASC' },
    });
  }

  /**
   * Changes a user's role, in this process at once and in every other within
   * AUTH_CACHE_TTL_MS (keys and sessions alike). Nobody changes their own role, and the
   * last admin with a working key or password stays admin (409); 409 too when the role is already that.
   */
  async changeRole(userId: string, role: Role, actorId: string | null): Promise<UserEntity> {
    const user = await this.dataSource.transaction(async (manager) => {
      await this.apiKeys.lockAccessChanges(manager);
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) throw DomainError.notFound('user', userId);
      if (user.id === actorId) throw new DomainError('conflict', 'user.role_self', 'You cannot change your own role; ask another admin');
      if (user.role === role) throw new DomainError('conflict', 'user.same_role', `User "${user.name}" is already ${role}`);
      if (user.role === Role.Admin && !user.disabledAt) await this.apiKeys.ensureAdminAccessRemains(manager, { userId: user.id });
      const from = user.role;
      user.role = role;
      await manager.update(UserEntity, { id: user.id }, { role });
      await this.audit.record(manager, {
        actorId,
        action: 'user.role_changed',
        entityType: 'user',
        entityId: user.id,
        details: { name: user.name, from, to: role },
      });
      return user;
    });
    this.verified.forget({ userId: user.id });
    return user;
  }

  /**
   * Sets or resets a user's password (400 when too short or too long) and ends the
   * user's sessions but `keepSession` (the one making the change, if it is the user's
   * own); audited without the password, which is never logged nor stored but hashed.
   */
  async setPassword(userId: string, password: string, actorId: string | null, keepSession?: string): Promise<UserEntity> {
    const problem = passwordProblem(password);
    if (problem) throw new DomainError('invalid', 'password.invalid', problem);
    const passwordHash = await hashPassword(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) throw DomainError.notFound('user', userId);
      const hadPassword = user.passwordHash !== null;
      user.passwordHash = passwordHash;
      user.passwordChangedAt = new Date();
      await manager.update(UserEntity, { id: user.id }, { passwordHash, passwordChangedAt: user.passwordChangedAt });
      const sessionsEnded = await this.sessions.endUserSessions(manager, user.id, SessionEndReason.PasswordChanged, keepSession);
      await this.audit.record(manager, {
        actorId,
        action: hadPassword ? 'user.password_reset' : 'user.password_set',
        entityType: 'user',
        entityId: user.id,
        details: { name: user.name, sessionsEnded },
      });
      return user;
    });
    this.verified.forget({ userId: user.id });
    return user;
  }

  /**
   * A signed-in user's own change: the current password must match (a wrong one counts
   * as a failed sign-in, 403; the caller checks the budget first, as for signing in);
   * the user's other sessions end, this one stays.
   */
  async changeOwnPassword(
    caller: AuthenticatedUser,
    input: { currentPassword: string; newPassword: string },
    address: string,
  ): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: caller.id });
    if (!user) throw DomainError.notFound('user', caller.id);
    if (!user.passwordHash || !(await passwordMatches(user.passwordHash, input.currentPassword))) {
      this.sessions.recordFailure(address, caller.name);
      await this.audit.record(this.dataSource.manager, {
        actorId: caller.id,
        action: 'user.password_change_failed',
        entityType: 'user',
        entityId: user.id,
        details: { address, reason: 'wrong_current_password' },
      });
      throw new DomainError('forbidden', 'password.wrong_current', 'The current password is wrong');
    }
    await this.setPassword(user.id, input.newPassword, caller.id, caller.sessionId);
  }

  /**
   * The user an operator means by an id or an exact name (the command line takes
   * either); 404 when none matches, 409 when several share the name.
   */
  async resolveUser(nameOrId: string): Promise<UserEntity> {
    const repository = this.dataSource.getRepository(UserEntity);
    const byId = UUID.test(nameOrId) ? await repository.findOneBy({ id: nameOrId }) : null;
    if (byId) return byId;
    const named = await repository.find({ where: { name: nameOrId }, order: { createdAt: 'ASC' } });
    if (named.length === 0) throw new DomainError('not_found', 'user.not_found', `No user named "${nameOrId}"`);
    if (named.length > 1) {
      throw new DomainError(
        'conflict',
        'user.ambiguous_name',
        `${named.length} users are named "${nameOrId}" (${named.map((user) => user.id).join(', ')}); give the id instead`,
      );
    }
    return named[0]!;
  }

  /**
   * Disables a user: all of the user's keys and sessions stop working, in this process at once and
   * in every other within AUTH_CACHE_TTL_MS. Nobody disables themselves, nor the last
   * admin with a working key or password (409).
   */
  async disableUser(userId: string, actorId: string | null): Promise<UserEntity> {
    // The user's sessions end with it (setDisabled), and stay ended if the user is enabled again.
    const user = await this.setDisabled(userId, actorId, true);
    this.verified.forget({ userId: user.id });
    return user;
  }

  /** Enables a disabled user: the user's keys that are not revoked work again. */
  async enableUser(userId: string, actorId: string | null): Promise<UserEntity> {
    return this.setDisabled(userId, actorId, false);
  }

  /** One access change, with its audit record; 404 for an unknown user, 409 when the user is already in that state. */
  private async setDisabled(userId: string, actorId: string | null, disable: boolean): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.apiKeys.lockAccessChanges(manager);
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) throw DomainError.notFound('user', userId);
      if (disable) {
        if (user.id === actorId) throw new DomainError('conflict', 'user.disable_self', 'You cannot disable yourself; ask another admin');
        if (user.disabledAt) {
          throw new DomainError(
            'conflict',
            'user.already_disabled',
            `User "${user.name}" was already disabled at ${user.disabledAt.toISOString()}`,
          );
        }
        if (user.role === Role.Admin) await this.apiKeys.ensureAdminAccessRemains(manager, { userId: user.id });
      } else if (!user.disabledAt) {
        throw new DomainError('conflict', 'user.not_disabled', `User "${user.name}" is not disabled`);
      }
      user.disabledAt = disable ? new Date() : null;
      user.disabledBy = disable ? actorId : null;
      await manager.update(UserEntity, { id: user.id }, { disabledAt: user.disabledAt, disabledBy: user.disabledBy });
      if (disable) await this.sessions.endUserSessions(manager, user.id, SessionEndReason.UserDisabled);
      await this.audit.record(manager, {
        actorId,
        action: disable ? 'user.disabled' : 'user.enabled',
        entityType: 'user',
        entityId: user.id,
        details: { name: user.name },
      });
      return user;
    });
  }

  /**
   * Resolves a presented key to its user, or null for anything unknown, revoked or
   * disabled. A key that verified is remembered for AUTH_CACHE_TTL_MS (see
   * VerifiedKeyCache); failures are never remembered.
   */
  async authenticate(presentedKey: string): Promise<AuthenticatedUser | null> {
    const cached = this.verified.get(presentedKey);
    if (cached) return cached;
    const user = await this.verifyKey(presentedKey);
    if (user) this.verified.remember(presentedKey, user);
    return user;
  }

  private async verifyKey(presentedKey: string): Promise<AuthenticatedUser | null> {
    const parsed = parseApiKey(presentedKey);
    if (!parsed) return null;
    const key = await this.dataSource.getRepository(ApiKeyEntity).findOne({
      where: { prefix: parsed.prefix, revokedAt: IsNull() },
      relations: { user: true },
    });
    if (!key?.user || key.user.disabledAt || !secretMatches(parsed.secret, key.secretHash)) return null;
    // Only on a cache miss (once per AUTH_CACHE_TTL_MS per process), and at most one
    // write a minute per key, so reads stay reads; no statement at all while the row is recent.
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query(
        `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [key.id],
      );
    }
    return { id: key.user.id, name: key.user.name, role: key.user.role, apiKeyId: key.id };
  }
}
