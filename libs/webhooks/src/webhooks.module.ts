import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { ConflictsModule } from '@factdesk/conflicts';
import { VerdictsModule } from '@factdesk/verdicts';
import { WebhookPayloadService } from './webhook-payload.service';
import { WebhookSecretsService } from './webhook-secrets.service';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';
import { WebhookUrlChecker } from './webhook-url-checker.service';

const SHARED = [WebhookPayloadService, WebhookSecretsService, WebhookUrlChecker, WebhookSubscriptionsService];

@Module({
  imports: [AuditModule, VerdictsModule, ConflictsModule],
  providers: [...SHARED],
  exports: [...SHARED],
})
export class WebhooksModule {}
