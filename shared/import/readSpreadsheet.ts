// Reads an .xlsx (exceljs) or .csv (papaparse) file into the plain RawSheet that the ePing
// importer maps: in the desktop's import worker and on the server alike. Vite resolves `exceljs`
// to its browser build through the package's `browser` field; Node gets the regular build.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { cellFromCsv, cellFromExcel, type CellValue, type RawSheet } from './cells';
import { isSpreadsheetTextPart, unprefixSpreadsheetMl } from './xlsxXml';

export class NotASpreadsheetError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not a readable .xlsx or .csv file`);
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Rewrites the parts exceljs would misread (see xlsxXml.ts); returns the original bytes if none. */
async function repairXlsx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files).filter(isSpreadsheetTextPart)) {
    const xml = await zip.file(path)!.async('string');
    const fixed = unprefixSpreadsheetMl(xml);
    if (fixed !== xml) {
      zip.file(path, fixed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'uint8array' }) : bytes;
}

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<RawSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as Node's Buffer; it accepts any binary JSZip accepts.
    await workbook.xlsx.load((await repairXlsx(bytes)) as unknown as ExcelJS.Buffer);
  } catch {
    throw new NotASpreadsheetError(fileName);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new NotASpreadsheetError(fileName);
  const rows: RawSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    // row.values is 1-based: index 0 is always empty.
    const values = row.values as unknown[];
    for (let col = 1; col < values.length; col++) cells.push(cellFromExcel(values[col]));
    rows.push({ rowNumber, cells });
  });
  return { rows };
}

export function readCsv(bytes: Uint8Array, fileName: string): RawSheet {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new NotASpreadsheetError(fileName);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  return { rows: parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map(cellFromCsv) })) };
}

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<RawSheet> {
  if (isZip(bytes)) return readXlsx(bytes, fileName);
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) throw new NotASpreadsheetError(fileName);
  return readCsv(bytes, fileName);
}
