// Reads an .xlsx (xlsxReader.ts) or .csv (papaparse) file into the plain RawSheet that the ePing
// importer maps: in the desktop's import worker and on the server alike.
import Papa from 'papaparse';
import { cellFromCsv, type RawSheet } from './cells';
import { readXlsxSheet } from './xlsxReader';

export class NotASpreadsheetError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not a readable .xlsx or .csv file`);
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readXlsx(bytes: Uint8Array, fileName: string): RawSheet {
  try {
    return readXlsxSheet(bytes);
  } catch {
    throw new NotASpreadsheetError(fileName);
  }
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
