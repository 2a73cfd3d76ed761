import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ApiKeyEntity, Role, UserEntity } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { generateApiKey } from './api-key';
import { VerifiedKeyCache } from './verified-key-cache';

export interface IssuedApiKey {
  key: ApiKeyEntity;
  /** Shown once; only its hash is stored. */
  apiKey: string;
}

/** Every change to who may get in (revoking a key, disabling a user) takes this lock, so two admins cannot lock each other out at once. */
const ACCESS_CHANGE_LOCK = `SELECT pg_advisory_xact_lock(hashtext('factdesk.access-change'))`;

/**
 * API keys: issue, list, revoke. Revoking is a state (`revoked_at`, `revoked_by`),
 * never a deletion; the audit record is written in the same transaction. `actorId` is
 * the admin acting, or null from the command line.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly verified: VerifiedKeyCache,
  ) {}

  /** Inside the caller's transaction: a new key for a user, with its audit record. */
  async insertKey(manager: EntityManager, userId: string, label: string | null, actorId: string | null): Promise<IssuedApiKey> {
    const generated = generateApiKey();
    const key = await manager.save(
      manager.create(ApiKeyEntity, { userId, prefix: generated.prefix, secretHash: generated.secretHash, label }),
    );
    await this.audit.record(manager, {
      actorId,
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: key.id,
      details: { userId, prefix: key.prefix, ...(label ? { label } : {}) },
    });
    return { key, apiKey: generated.key };
  }

  /** A new key for an enabled user; 404 for an unknown user, 409 for a disabled one. */
  async issueKey(userId: string, label: string | null, actorId: string | null): Promise<IssuedApiKey> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockAccessChanges(manager);
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) throw DomainError.notFound('user', userId);
      if (user.disabledAt) {
        throw new DomainError('conflict', 'user.disabled', `User "${user.name}" is disabled; enable the user before issuing a key`);
      }
      return this.insertKey(manager, user.id, label, actorId);
    });
  }

  /** A user's keys, newest first, revoked ones too. */
  async listKeys(userId: string): Promise<ApiKeyEntity[]> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw DomainError.notFound('user', userId);
    return this.dataSource.getRepository(ApiKeyEntity).find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** The key an operator names by its prefix (the command line's way); 404 when there is none. */
  async keyByPrefix(prefix: string): Promise<ApiKeyEntity> {
    const key = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ prefix });
    if (!key) throw new DomainError('not_found', 'api_key.not_found', `No API key with prefix ${prefix}`);
    return key;
  }

  /**
   * Revokes a key: it stops working in this process at once and in every other within
   * AUTH_CACHE_TTL_MS. 404 for an unknown key; 409 when it is already revoked or is the
   * last working admin key.
   */
  async revokeKey(keyId: string, actorId: string | null): Promise<ApiKeyEntity> {
    const key = await this.dataSource.transaction(async (manager) => {
      await this.lockAccessChanges(manager);
      const key = await manager.findOne(ApiKeyEntity, { where: { id: keyId }, relations: { user: true } });
      if (!key) throw DomainError.notFound('api_key', keyId);
      if (key.revokedAt) {
        throw new DomainError(
          'conflict',
          'api_key.already_revoked',
          `Key ${key.prefix} was already revoked at ${key.revokedAt.toISOString()}`,
        );
      }
      if (key.user?.role === Role.Admin && !key.user.disabledAt) await this.ensureAdminAccessRemains(manager, { apiKeyId: key.id });
      key.revokedAt = new Date();
      key.revokedBy = actorId;
      await manager.update(ApiKeyEntity, { id: key.id }, { revokedAt: key.revokedAt, revokedBy: actorId });
      await this.audit.record(manager, {
        actorId,
        action: 'api_key.revoked',
        entityType: 'api_key',
        entityId: key.id,
        details: { userId: key.userId, prefix: key.prefix },
      });
      return key;
    });
    this.verified.forget({ apiKeyId: key.id });
    return key;
  }

  /**
   * Inside an access change: refuses (409) if no admin could get in once `without` stops
   * working. An admin gets in with a working key or, through the web app, a password.
   */
  async ensureAdminAccessRemains(manager: EntityManager, without: { apiKeyId: string } | { userId: string }): Promise<void> {
    const byKey = 'apiKeyId' in without;
    const otherAdmin = byKey ? 'TRUE' : 'u.id <> $1';
    const otherKey = byKey ? 'k.id <> $1' : 'TRUE';
    const [{ remaining }] = await manager.query<{ remaining: number }[]>(
      `SELECT count(*)::int AS remaining
         FROM users u
        WHERE u.role = 'admin' AND u.disabled_at IS NULL AND ${otherAdmin}
          AND (u.password_hash IS NOT NULL
               OR EXISTS (SELECT 1 FROM api_keys k WHERE k.user_id = u.id AND k.revoked_at IS NULL AND ${otherKey}))`,
      [byKey ? without.apiKeyId : without.userId],
    );
    if (remaining === 0) {
      throw new DomainError(
        'conflict',
        'access.last_admin_key',
        'This would leave no working admin key or password, and nobody could manage users; give another admin a key or a password first',
      );
    }
  }

  /** Holds the access-change lock for the rest of the caller's transaction. */
  async lockAccessChanges(manager: EntityManager): Promise<void> {
    await manager.query(ACCESS_CHANGE_LOCK);
  }
}
