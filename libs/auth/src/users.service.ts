import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ApiKeyEntity, Role, UserEntity } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { ApiKeysService } from './api-keys.service';
import { AuthenticatedUser } from './authenticated-user';
import { parseApiKey, secretMatches } from './api-key';
import { VerifiedKeyCache } from './verified-key-cache';

export interface CreatedUser {
  user: UserEntity;
  /** Shown once; only its hash is stored. */
  apiKey: string;
}

/** How fresh `api_keys.last_used_at` is kept: a minute (the SQL below says the same). */
const LAST_USED_RESOLUTION_MS = 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Users: creating, listing, disabling and enabling them, and resolving a presented key to its user. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly apiKeys: ApiKeysService,
    private readonly verified: VerifiedKeyCache,
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

  async listUsers(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { createdAt: 'ASC' } });
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
   * Disables a user: all of the user's keys stop working, in this process at once and
   * in every other within AUTH_CACHE_TTL_MS. Nobody disables themselves, nor the last
   * admin with a working key (409).
   */
  async disableUser(userId: string, actorId: string | null): Promise<UserEntity> {
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
