// Plain tables as an XLSX workbook, one sheet each, header row bold and frozen (the dashboard's
// figures).
import ExcelJS from 'exceljs';

export interface SheetTable {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

export async function exportTablesXlsx(sheets: readonly SheetTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TBT Review Desk';
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.header.map((header, i) => ({ header, key: String(i), width: Math.max(12, ...[header, ...table.rows.map((row) => String(row[i] ?? ''))].map((text) => text.length * 1.6 + 2)) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
