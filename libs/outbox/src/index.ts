export * from './outbox.service';
export * from './outbox.module';
