export * from './queue-names';
export * from './queue-settings';
export * from './redis-connection';
export * from './redis.module';
export * from './jobs.module';
export * from './job-handler';
export * from './job-workers.module';
export * from './queue-workers.service';
