import { listCell, REPORT_COLUMNS, ReportRow } from '../report-row';
import { neutraliseFormula } from '../spreadsheet-safe';

export type Cell = string | number | Date | null;

/**
 * A report row as spreadsheet cells in REPORT_COLUMNS order: lists flattened to one item
 * a line, every text cell neutralised against formula injection, dates and numbers kept.
 */
export function spreadsheetCells(row: ReportRow): Cell[] {
  return REPORT_COLUMNS.map(({ key, kind }) => {
    const value = kind === 'list' ? listCell(row, key) : row[key];
    if (value === null || value === undefined) return null;
    if (kind === 'date') return value instanceof Date ? value : new Date(value as string);
    if (kind === 'number') return Number(value);
    return neutraliseFormula(String(value));
  });
}
