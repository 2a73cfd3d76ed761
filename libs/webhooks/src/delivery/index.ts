export * from './retry-policy';
export * from './webhook-sender';
export * from './delivery-queue';
export * from './delivery-views';
export * from './webhook-relay.service';
export * from './webhook-delivery.service';
export * from './webhook-delivery-log.service';
export * from './webhook-delivery.module';
