import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellFromExcel, type CellValue, type RawSheet } from './cells';
import { readXlsxSheet } from './xlsxReader';

/** What exceljs reads from the same bytes: the reader this one replaced, as the model. */
async function readWithExcelJs(bytes: Uint8Array): Promise<RawSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const rows: RawSheet['rows'] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: CellValue[] = [];
    for (let col = 1; col < values.length; col++) cells.push(cellFromExcel(values[col]));
    rows.push({ rowNumber, cells });
  });
  return { rows };
}

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '&', '<', '>', '"', "'", '电', '池', 'é', '1', '/', ';'), minLength: 1, maxLength: 12 });
const url = fc.constantFrom('https://e.org/?a=1&b=2', 'https://x.org/G/TBT/N/USA/1', 'mailto:x@y.org');
// fast-check's records have no prototype, which exceljs' writer does not expect: plain objects only.
const cellInput = fc.oneof(
  fc.constant(null),
  text,
  fc.integer({ min: -100000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.record({ text, hyperlink: url }).map((link) => ({ ...link })),
  fc.record({ link: url, label: text }).map(({ link, label }) => ({ formula: `HYPERLINK("${link.replace(/"/g, '""')}","${label.replace(/"/g, '""')}")` })),
  fc.constant({ formula: '1/0', result: { error: '#DIV/0!' } }),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((run) => ({ text: run })) })),
);

describe('readXlsxSheet', () => {
  it('reads every cell as exceljs does, whatever the rows hold (gaps, links, formulas, rich text, errors)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellInput, { maxLength: 6 }), { maxLength: 8 }), async (grid) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Notifications');
        grid.forEach((cells, r) => cells.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        expect(readXlsxSheet(bytes)).toEqual(await readWithExcelJs(bytes));
      }),
      { numRuns: 60 },
    );
  });

  it('reads the first sheet listed in the workbook, not the first file in the zip', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('One').getCell('A1').value = 'in sheet1.xml';
    workbook.addWorksheet('Two').getCell('A1').value = 'in sheet2.xml';
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const xml = strFromU8(parts['xl/workbook.xml']!);
    const sheets = /<sheets>(<sheet [^>]*\/>)(<sheet [^>]*\/>)<\/sheets>/.exec(xml)!;
    parts['xl/workbook.xml'] = strToU8(xml.replace(sheets[0], `<sheets>${sheets[2]}${sheets[1]}</sheets>`));
    const bytes = zipSync(parts);
    expect(readXlsxSheet(bytes).rows[0]!.cells).toEqual(['in sheet2.xml']);
    expect((await readWithExcelJs(bytes)).rows[0]!.cells).toEqual(['in sheet2.xml']);
  });
});
