import { Injectable } from '@nestjs/common';
import { EnvironmentVariables } from '@factdesk/config';
import { checkWebhookUrl, HostLookup, WebhookUrlCheck } from './address-policy';

/** checkWebhookUrl with this deployment's WEBHOOK_ALLOW_HTTP and WEBHOOK_ALLOWED_HOSTS. */
@Injectable()
export class WebhookUrlChecker {
  constructor(private readonly env: EnvironmentVariables) {}

  check(url: string, lookup?: HostLookup): Promise<WebhookUrlCheck> {
    return checkWebhookUrl(url, {
      allowHttp: this.env.WEBHOOK_ALLOW_HTTP === 'true',
      allowedHosts: this.env.WEBHOOK_ALLOWED_HOSTS,
      lookup,
    });
  }
}
