import { Module } from '@nestjs/common';
import { AuditModule } from '@factdesk/audit';
import { WebhooksModule } from '../webhooks.module';
import { DeliveryQueue } from './delivery-queue';
import { OutboxListener } from './outbox-listener';
import { WebhookDeliveryLogService } from './webhook-delivery-log.service';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookRelayService } from './webhook-relay.service';

const PROVIDED = [DeliveryQueue, OutboxListener, WebhookRelayService, WebhookDeliveryService, WebhookDeliveryLogService];

/** The delivery side of webhooks: relay, per-endpoint delivery, the delivery log and replays. */
@Module({
  imports: [WebhooksModule, AuditModule],
  providers: PROVIDED,
  exports: PROVIDED,
})
export class WebhookDeliveryModule {}
