import { Duplex } from 'node:stream';
import { ReportFiltersDto } from '../dto/report-filters.dto';
import { ReportFormat } from '../report-format';
import { claimReviewEncoder, FactCheckOrganisation } from './claim-review';
import { csvEncoder } from './csv';
import { jsonArrayEncoder, ndjsonEncoder } from './ndjson';
import { xlsxEncoder } from './xlsx';

export { FactCheckOrganisation } from './claim-review';

/** The streams, in order, that turn report rows (object mode) into the bytes of the report's format. */
export function reportEncoder(filters: ReportFiltersDto, organisation: FactCheckOrganisation): Duplex[] {
  switch (filters.format) {
    case ReportFormat.Csv:
      return csvEncoder(filters.bom === true);
    case ReportFormat.Xlsx:
      return [xlsxEncoder()];
    case ReportFormat.Ndjson:
      return [ndjsonEncoder()];
    case ReportFormat.ClaimReview:
      return [claimReviewEncoder(organisation), filters.claimreviewLayout === 'ndjson' ? ndjsonEncoder() : jsonArrayEncoder()];
  }
}
