import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportTablesXlsx } from './tablesXlsx';

describe('tables as XLSX', () => {
  it('writes each table to its own sheet, header first, numbers as numbers', async () => {
    const bytes = await exportTablesXlsx([
      { name: '按委员会', header: ['委员会', '收到'], rows: [['TC253', 12], ['TC19', 3]] },
      { name: 'Summary: totals', header: ['Figure', 'Value'], rows: [['Median days', null]] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['按委员会', 'Summary  totals']);
    const sheet = workbook.getWorksheet('按委员会')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '委员会', '收到']);
    expect(sheet.getRow(2).getCell(2).value).toBe(12);
    expect(sheet.rowCount).toBe(3);
  });
});
