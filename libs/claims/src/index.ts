export * from './claims.service';
export * from './claims.module';
export * from './claim-detail.view';
export * from './dto/list-claims.query';
