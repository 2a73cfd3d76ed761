import { Duplex, Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import { REPORT_COLUMNS, ReportRow } from '../report-row';
import { NEUTRALISED_CELL } from '../spreadsheet-safe';
import { spreadsheetCells } from './cells';

/**
 * CSV (RFC 4180, UTF-8, optionally with a byte order mark): a header of the column names,
 * one row per claim, dates in ISO 8601 (UTC), lists one item a line inside the cell, and
 * formula-looking cells prefixed with a single quote and quoted.
 */
export function csvEncoder(bom: boolean): [Transform, Duplex] {
  const toCells = new Transform({
    objectMode: true,
    transform(row: ReportRow, _encoding, done) {
      done(
        null,
        spreadsheetCells(row).map((cell) => (cell instanceof Date ? cell.toISOString() : cell === null ? '' : cell)),
      );
    },
  });
  const csv = stringify({
    bom,
    header: true,
    columns: REPORT_COLUMNS.map((column) => column.key),
    quoted_match: NEUTRALISED_CELL,
    record_delimiter: '\r\n',
  });
  return [toCells, csv];
}
