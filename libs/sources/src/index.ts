export * from './sources.service';
export * from './sources.module';
