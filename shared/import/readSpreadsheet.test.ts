import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { NotASpreadsheetError, readSpreadsheet } from './readSpreadsheet';

/** An .xlsx written by exceljs, like ePing's: a HYPERLINK formula with no cached value and a date cell. */
async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Notifications');
  sheet.addRow(['Document symbol', 'Distribution date', 'Notified document']);
  sheet.addRow([{ formula: 'HYPERLINK("https://eping/x= G/TBT/N/USA/2211"," G/TBT/N/USA/2211")' }, 45819, 'https://a.org/1.pdf\nhttps://a.org/2.pdf']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same workbook with its shared strings written as ePing writes them: prefixed `<d:r>` runs. */
async function withPrefixedSharedStrings(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const prefixed = xml.replace(/<si><t(?: [^>]*)?>([\s\S]*?)<\/t><\/si>/g, `<si><d:r xmlns:d="${ns}"><d:t xml:space="preserve">$1</d:t></d:r></si>`);
  expect(prefixed).not.toBe(xml);
  zip.file('xl/sharedStrings.xml', prefixed);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readSpreadsheet', () => {
  it('reads an .xlsx: symbols from HYPERLINK formulas, numbers as numbers, line breaks kept', async () => {
    const sheet = await readSpreadsheet(await workbookBytes(), 'export.xlsx');
    expect(sheet.rows).toEqual([
      { rowNumber: 1, cells: ['Document symbol', 'Distribution date', 'Notified document'] },
      {
        rowNumber: 2,
        cells: [{ text: ' G/TBT/N/USA/2211', hyperlink: 'https://eping/x= G/TBT/N/USA/2211' }, 45819, 'https://a.org/1.pdf\nhttps://a.org/2.pdf'],
      },
    ]);
  });

  it('reads shared strings whose elements carry a namespace prefix', async () => {
    const sheet = await readSpreadsheet(await withPrefixedSharedStrings(await workbookBytes()), 'eping.xlsx');
    expect(sheet.rows[0]!.cells[0]).toBe('Document symbol');
    expect(sheet.rows[1]!.cells[2]).toBe('https://a.org/1.pdf\nhttps://a.org/2.pdf');
  });

  it('reads a CSV with a byte-order mark, quoted line breaks and a HYPERLINK formula', async () => {
    const csv = '\uFEFFDocument symbol,Title\n"=HYPERLINK(""u"",""G/TBT/N/EU/1"")","Two\nlines"\n';
    const sheet = await readSpreadsheet(new TextEncoder().encode(csv), 'export.csv');
    expect(sheet.rows.slice(0, 2)).toEqual([
      { rowNumber: 1, cells: ['Document symbol', 'Title'] },
      { rowNumber: 2, cells: [{ text: 'G/TBT/N/EU/1', hyperlink: 'u' }, 'Two\nlines'] },
    ]);
  });

  it('refuses a file named .xlsx that is not one, and a zip that is not a workbook', async () => {
    await expect(readSpreadsheet(new TextEncoder().encode('hello'), 'export.xlsx')).rejects.toBeInstanceOf(NotASpreadsheetError);
    const zip = new JSZip();
    zip.file('readme.txt', 'not a workbook');
    await expect(readSpreadsheet(await zip.generateAsync({ type: 'uint8array' }), 'x.xlsx')).rejects.toBeInstanceOf(NotASpreadsheetError);
    await expect(readSpreadsheet(new Uint8Array([0, 1, 2, 0]), 'binary.csv')).rejects.toBeInstanceOf(NotASpreadsheetError);
  });
});
