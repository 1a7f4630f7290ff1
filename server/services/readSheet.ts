// Node reader for ePing exports: .xlsx through exceljs, .csv through papaparse, into the RawSheet the
// shared importer (shared/import/eping.ts) maps. Mirrors the desktop's reader, which runs in a worker.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { HttpError } from '../errors';
import { cellFromCsv, cellFromExcel, type CellValue, type RawSheet } from '../../shared/import/cells';
import { isSpreadsheetTextPart, unprefixSpreadsheetMl } from '../../shared/import/xlsxXml';

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Rewrites the namespace-prefixed parts exceljs would misread (see shared/import/xlsxXml.ts). */
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

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<RawSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await repairXlsx(bytes)) as unknown as ExcelJS.Buffer);
  } catch {
    throw new HttpError(400, 'not_a_spreadsheet', `${fileName} is not a readable .xlsx or .csv file`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new HttpError(400, 'not_a_spreadsheet', `${fileName} has no sheet`);
  const rows: RawSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: CellValue[] = [];
    for (let col = 1; col < values.length; col++) cells.push(cellFromExcel(values[col]));
    rows.push({ rowNumber, cells });
  });
  return { rows };
}

function readCsv(bytes: Uint8Array, fileName: string): RawSheet {
  const text = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new HttpError(400, 'not_a_spreadsheet', `${fileName} is not a readable .xlsx or .csv file`);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  return { rows: parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map(cellFromCsv) })) };
}

export function readSheet(bytes: Uint8Array, fileName: string): Promise<RawSheet> | RawSheet {
  return isZip(bytes) ? readXlsx(bytes, fileName) : readCsv(bytes, fileName);
}
