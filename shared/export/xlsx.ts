// The comment table as XLSX: the ISO/IEC template's columns, header row frozen, text wrapped.
import ExcelJS from 'exceljs';
import type { Submission } from '../compile/types';
import { ISO_COLUMN_WEIGHTS, commentTableHeaders, commentTableRows } from './commentTable';

export async function exportCommentTableXlsx(submission: Submission): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TBT Review Desk';
  const sheet = workbook.addWorksheet('Comments', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = commentTableHeaders(submission).map((header, i) => ({ header, key: String(i), width: Math.max(8, ISO_COLUMN_WEIGHTS[i]! * 1.6) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of commentTableRows(submission)) sheet.addRow(row);
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
