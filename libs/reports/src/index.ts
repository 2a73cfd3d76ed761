export * from './reports.module';
export * from './reports.service';
export * from './report-format';
export * from './report-row';
export * from './spreadsheet-safe';
export * from './dto/report-filters.dto';
