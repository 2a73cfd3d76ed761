/** The formats a verdict report is written in. */
export enum ReportFormat {
  Csv = 'csv',
  Xlsx = 'xlsx',
  Ndjson = 'ndjson',
  /** schema.org ClaimReview JSON-LD, published verdicts only. */
  ClaimReview = 'claimreview',
}

/** Which date `from`/`to` bound: when the current verdict version was written, or when it was published. */
export enum ReportDateField {
  Verdict = 'verdict',
  Published = 'published',
}

/** ClaimReview as one JSON array (default) or one object per line. */
export enum ClaimReviewLayout {
  Array = 'array',
  Ndjson = 'ndjson',
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  [ReportFormat.Csv]: 'text/csv; charset=utf-8',
  [ReportFormat.Xlsx]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [ReportFormat.Ndjson]: 'application/x-ndjson; charset=utf-8',
  [ReportFormat.ClaimReview]: 'application/ld+json; charset=utf-8',
};

const EXTENSIONS: Record<ReportFormat, string> = {
  [ReportFormat.Csv]: 'csv',
  [ReportFormat.Xlsx]: 'xlsx',
  [ReportFormat.Ndjson]: 'ndjson',
  [ReportFormat.ClaimReview]: 'jsonld',
};

/** The Content-Type of a report in `format` (ClaimReview in the NDJSON layout is NDJSON). */
export function contentTypeFor(format: ReportFormat, layout: ClaimReviewLayout = ClaimReviewLayout.Array): string {
  if (format === ReportFormat.ClaimReview && layout === ClaimReviewLayout.Ndjson) return CONTENT_TYPES[ReportFormat.Ndjson];
  return CONTENT_TYPES[format];
}

/** The file extension (no dot) of a report in `format`. */
export function fileExtensionFor(format: ReportFormat, layout: ClaimReviewLayout = ClaimReviewLayout.Array): string {
  if (format === ReportFormat.ClaimReview && layout === ClaimReviewLayout.Ndjson) return 'claimreview.ndjson';
  return EXTENSIONS[format];
}
