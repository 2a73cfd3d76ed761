export * from './claims.service';
export * from './claims.module';
export * from './claim-detail.view';
export * from './dto/list-claims.query';
export * from './claim-matches.service';
export * from './claim-match.view';
export * from './dto/decide-match.dto';
