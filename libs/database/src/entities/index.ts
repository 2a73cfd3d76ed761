export * from './role';
export * from './user.entity';
export * from './api-key.entity';
export * from './session.entity';
export * from './article.entity';
export * from './claim.entity';
export * from './audit-log.entity';
export * from './source.entity';
export * from './claim-signature.entity';
export * from './claim-match.entity';
export * from './conflict.entity';
export * from './conflict-side.entity';
export * from './claim-lease.entity';
export * from './claim-skip.entity';
export * from './verdict.entity';
export * from './verdict-transition.entity';
export * from './evidence.entity';
export * from './outbox-event.entity';
export * from './article-revision.entity';
export * from './article-appearance.entity';
export * from './claim-span.entity';
export * from './export.entity';
export * from './webhook-subscription.entity';
export * from './webhook-delivery.entity';
export * from './webhook-attempt.entity';

import { ApiKeyEntity } from './api-key.entity';
import { SessionEntity } from './session.entity';
import { ArticleEntity } from './article.entity';
import { AuditLogEntity } from './audit-log.entity';
import { ClaimEntity } from './claim.entity';
import { UserEntity } from './user.entity';
import { SourceEntity } from './source.entity';
import { ClaimSignatureEntity } from './claim-signature.entity';
import { ClaimMatchEntity } from './claim-match.entity';
import { ConflictEntity } from './conflict.entity';
import { ConflictSideEntity } from './conflict-side.entity';
import { ClaimLeaseEntity } from './claim-lease.entity';
import { ClaimSkipEntity } from './claim-skip.entity';
import { VerdictEntity } from './verdict.entity';
import { VerdictTransitionEntity } from './verdict-transition.entity';
import { EvidenceEntity } from './evidence.entity';
import { OutboxEventEntity } from './outbox-event.entity';
import { ArticleRevisionEntity } from './article-revision.entity';
import { ArticleAppearanceEntity } from './article-appearance.entity';
import { ClaimSpanEntity } from './claim-span.entity';
import { ExportEntity } from './export.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookAttemptEntity } from './webhook-attempt.entity';

export const ENTITIES = [
  UserEntity,
  ApiKeyEntity,
  SessionEntity,
  ArticleEntity,
  ClaimEntity,
  AuditLogEntity,
  SourceEntity,
  ClaimSignatureEntity,
  ClaimMatchEntity,
  ConflictEntity,
  ConflictSideEntity,
  ClaimLeaseEntity,
  ClaimSkipEntity,
  VerdictEntity,
  VerdictTransitionEntity,
  EvidenceEntity,
  OutboxEventEntity,
  ArticleRevisionEntity,
  ArticleAppearanceEntity,
  ClaimSpanEntity,
  ExportEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
];
