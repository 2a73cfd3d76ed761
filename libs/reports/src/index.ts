export * from './reports.module';
export * from './reports.service';
export * from './report-format';
export * from './report-row';
export * from './spreadsheet-safe';
export * from './dto/report-filters.dto';
export * from './report-summary.module';
export * from './report-summary.service';
export * from './report-summary.query';
export * from './report-summary.view';
// The report's SQL, for a benchmark's COPY (SELECT …) TO STDOUT of the same rows.
export { reportCountQuery, reportRowsQuery } from './report-query';
export type { ReportQuery } from './report-query';
