import { once } from 'node:events';
import { Duplex, PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { REPORT_COLUMNS, ReportRow } from '../report-row';
import { spreadsheetCells } from './cells';

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * XLSX written by exceljs's streaming WorkbookWriter: one sheet "Verdicts", a bold frozen
 * header row, column widths from REPORT_COLUMNS, dates as real dates (UTC), text cells as
 * strings only (never formulas) and neutralised like CSV's. Each row is committed (and
 * forgotten) as it is written; rows wait while the zip's bytes are not being read.
 */
class XlsxEncoder extends Duplex {
  private readonly zip = new PassThrough();
  private readonly workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.zip, useStyles: true, useSharedStrings: false });
  private readonly sheet = this.workbook.addWorksheet('Verdicts', { views: [{ state: 'frozen', ySplit: 1 }] });

  constructor() {
    super({ writableObjectMode: true });
    this.sheet.columns = REPORT_COLUMNS.map(({ key, kind, width }) => ({
      header: key,
      key,
      width,
      ...(kind === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
    }));
    this.sheet.getRow(1).font = { bold: true };
    this.sheet.getRow(1).commit();
    this.zip.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) this.zip.pause();
    });
    this.zip.on('end', () => this.push(null));
    this.zip.on('error', (error) => this.destroy(error));
  }

  override _read(): void {
    this.zip.resume();
  }

  override _write(row: ReportRow, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.sheet.addRow(spreadsheetCells(row)).commit();
    if (!this.zip.writableNeedDrain) return done();
    once(this.zip, 'drain').then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.sheet.commit();
    this.workbook.commit().then(() => done(), done);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.zip.destroy();
    done(error);
  }
}

export function xlsxEncoder(): Duplex {
  return new XlsxEncoder();
}
