export * from './exports.module';
export * from './exports.service';
export * from './export-runner.service';
export * from './export-reconciler.service';
export * from './export-files';
export * from './export.view';
