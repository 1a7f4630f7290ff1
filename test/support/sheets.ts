// Spreadsheet files as an admin would upload them, for the import tests.
import ExcelJS from 'exceljs';

/** A CSV file, each cell quoted only where it must be. */
export function csvFile(rows: string[][]): Buffer {
  const cell = (c: string) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return Buffer.from(rows.map((r) => r.map(cell).join(',')).join('\n') + '\n');
}

/** An .xlsx file with one sheet named `sheetName`. */
export async function xlsxFile(sheetName: string, rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(sheetName).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
