export * from './report-summary.module';
export * from './report-summary.service';
export * from './report-summary.query';
export * from './report-summary.view';
