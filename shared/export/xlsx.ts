// The comment table as XLSX: the ISO/IEC template's columns, header row frozen, text wrapped.
import ExcelJS from 'exceljs';
import type { Submission } from '../compile/types';
import { ISO_COLUMN_WEIGHTS, commentTableHeaders, commentTableRows } from './commentTable';

const COLUMN_WIDTHS = ISO_COLUMN_WEIGHTS.map((weight) => Math.max(8, weight * 1.6));
/** Points per line of 11-point text; Chinese glyphs need taller lines. */
const LINE_HEIGHT = 15;
const CJK_LINE_HEIGHT = 18;
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** Width of `text` in column-width units (the width of a digit): Latin letters average a little less, a Chinese character nearly two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 0.85;
  return width;
}

/**
 * Row height for wrapped text. Spreadsheet files store no automatic height, and LibreOffice keeps the
 * default single line on opening, so wrapped lines would overlap the next row.
 */
function rowHeight(cells: readonly string[]): number {
  const lines = cells.map((cell, i) =>
    cell.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(displayWidth(paragraph) / (COLUMN_WIDTHS[i]! - 1))), 0),
  );
  return Math.max(1, ...lines) * (cells.some((cell) => CJK.test(cell)) ? CJK_LINE_HEIGHT : LINE_HEIGHT) + 4;
}

export async function exportCommentTableXlsx(submission: Submission): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TBT Review Desk';
  // Printed like the DOCX table: A4 landscape, all eight columns on one page width, header row repeated.
  const sheet = workbook.addWorksheet('Comments', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const headers = commentTableHeaders(submission);
  sheet.columns = headers.map((header, i) => ({ header, key: String(i), width: COLUMN_WIDTHS[i]! }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).height = rowHeight(headers);
  for (const cells of commentTableRows(submission)) sheet.addRow(cells).height = rowHeight(cells);
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
