import { once } from 'node:events';
import { Duplex, PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { REPORT_COLUMNS, ReportRow } from '../report-row';
import { spreadsheetCells } from './cells';

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * XLSX written by exceljs's streaming WorkbookWriter: one sheet "Verdicts", a bold frozen
 * header row, column widths from REPORT_COLUMNS, dates as real dates (UTC), text cells as
 * strings only (never formulas) and neutralised like CSV's. Each row is committed (and
 * forgotten) as it is written; the writer waits while the zip's output is not read.
 */
export function xlsxEncoder(): Duplex {
  const zip = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Verdicts', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REPORT_COLUMNS.map(({ key, kind, width }) => ({
    header: key,
    key,
    width,
    ...(kind === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const rows = new Writable({
    objectMode: true,
    write(row: ReportRow, _encoding, done) {
      sheet.addRow(spreadsheetCells(row)).commit();
      if (!zip.writableNeedDrain) return done();
      once(zip, 'drain').then(() => done(), done);
    },
    final(done) {
      sheet.commit();
      workbook.commit().then(() => done(), done);
    },
  });
  return Duplex.from({ writable: rows, readable: zip });
}
