// Dates in imported spreadsheets: Excel serial numbers (45819 = 2025-06-11), Date objects from a
// reader that applied the cell's date format, or text (ISO yyyy-mm-dd, dd/mm/yyyy, a serial).
import type { CellValue } from './cells';

const DAY_MS = 86_400_000;
// Serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was, so from serial 61
// on the day is 1899-12-30 plus the serial.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
// No WTO notification is older than the WTO; later than 2100 is a typing error.
const FIRST_YEAR = 1995;
const LAST_YEAR = 2100;

export type DateResult = { ok: true; date: string | null } | { ok: false };

function isoFromUtc(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (Number.isNaN(ms) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  // Written out rather than toISOString().slice(): an import reads 100,000 dates.
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  return isoFromUtc(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

function isoFromParts(year: number, month: number, day: number): string | null {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoFromUtc(ms);
}

function result(date: string | null): DateResult {
  return date ? { ok: true, date } : { ok: false };
}

/** An empty cell is `{ok: true, date: null}`; a cell that holds no possible date is `{ok: false}`. */
export function parseDateCell(cell: CellValue | undefined): DateResult {
  if (cell === null || cell === undefined) return { ok: true, date: null };
  if (cell instanceof Date) return result(isoFromUtc(cell.getTime()));
  if (typeof cell === 'number') return result(excelSerialToIso(cell));
  if (typeof cell !== 'string') return { ok: false };
  const text = cell.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text) return { ok: true, date: null };
  if (/^\d+(\.\d+)?$/.test(text)) return result(excelSerialToIso(Number(text)));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (iso) return result(isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (dmy) return result(isoFromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])));
  return { ok: false };
}
