export * from './role';
export * from './user.entity';
export * from './api-key.entity';
export * from './article.entity';
export * from './claim.entity';
export * from './audit-log.entity';

import { ApiKeyEntity } from './api-key.entity';
import { ArticleEntity } from './article.entity';
import { AuditLogEntity } from './audit-log.entity';
import { ClaimEntity } from './claim.entity';
import { UserEntity } from './user.entity';

export const ENTITIES = [UserEntity, ApiKeyEntity, ArticleEntity, ClaimEntity, AuditLogEntity];
