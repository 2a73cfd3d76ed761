import { Module } from '@nestjs/common';
import { ConflictsModule } from '@factdesk/conflicts';
import { VerdictsModule } from '@factdesk/verdicts';
import { WebhookPayloadService } from './webhook-payload.service';
import { WebhookSecretsService } from './webhook-secrets.service';
import { WebhookUrlChecker } from './webhook-url-checker.service';

const SHARED = [WebhookPayloadService, WebhookSecretsService, WebhookUrlChecker];

@Module({
  imports: [VerdictsModule, ConflictsModule],
  providers: [...SHARED],
  exports: [...SHARED],
})
export class WebhooksModule {}
