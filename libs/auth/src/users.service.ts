import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { EnvironmentVariables } from '@factdesk/config';
import { ApiKeyEntity, Role, UserEntity } from '@factdesk/database';
import { AuthenticatedUser } from './authenticated-user';
import { generateApiKey, parseApiKey, secretMatches } from './api-key';

export interface CreatedUser {
  user: UserEntity;
  /** Shown once; only its hash is stored. */
  apiKey: string;
}

/** Most keys a process remembers; past it the cache starts over (a bound, not an LRU: misses are cheap). */
const AUTH_CACHE_MAX_KEYS = 10_000;

@Injectable()
export class UsersService {
  /** Recently verified keys → their user, so a busy client costs no key lookup per request. */
  private readonly verified = new Map<string, { user: AuthenticatedUser; until: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly env: EnvironmentVariables,
  ) {}

  /** Creates a user with a first API key; `actorId` is null when created from the command line. */
  async createUser(input: { name: string; role: Role }, actorId: string | null): Promise<CreatedUser> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(manager.create(UserEntity, { name: input.name, role: input.role }));
      const generated = generateApiKey();
      const key = await manager.save(
        manager.create(ApiKeyEntity, { userId: user.id, prefix: generated.prefix, secretHash: generated.secretHash, label: 'initial' }),
      );
      await this.audit.record(manager, {
        actorId,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        details: { role: user.role, name: user.name },
      });
      await this.audit.record(manager, {
        actorId,
        action: 'api_key.created',
        entityType: 'api_key',
        entityId: key.id,
        details: { userId: user.id },
      });
      return { user, apiKey: generated.key };
    });
  }

  async listUsers(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { createdAt: 'ASC' } });
  }

  /**
   * Resolves a presented key to its user, or null for anything unknown, revoked or
   * disabled. A key that verified is remembered for AUTH_CACHE_TTL_MS, so revoking it
   * (or disabling its user) takes effect within that time; failures are never remembered.
   */
  async authenticate(presentedKey: string): Promise<AuthenticatedUser | null> {
    const cached = this.verified.get(presentedKey);
    if (cached && cached.until > Date.now()) return cached.user;
    const user = await this.verifyKey(presentedKey);
    if (user && this.env.AUTH_CACHE_TTL_MS > 0) {
      if (this.verified.size >= AUTH_CACHE_MAX_KEYS) this.verified.clear();
      this.verified.set(presentedKey, { user, until: Date.now() + this.env.AUTH_CACHE_TTL_MS });
    }
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
    // At most one write a minute per key, so reads stay reads.
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [key.id],
    );
    return { id: key.user.id, name: key.user.name, role: key.user.role, apiKeyId: key.id };
  }
}
