// Spreadsheet cells as plain values, whatever reader produced them (exceljs for .xlsx, papaparse
// for .csv), and the text clean-up every imported field goes through.

/** A cell reduced to what the importer needs; `hyperlink` when the cell links somewhere. */
export type CellValue = string | number | boolean | Date | null | { text: string; hyperlink: string };

/** One sheet: every row's cells in column order; `rowNumber` as the user sees it (header = 1). */
export interface RawSheet {
  rows: { rowNumber: number; cells: CellValue[] }[];
}

const HYPERLINK_FORMULA = /^\s*=?\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;

/** `HYPERLINK("url","text")` → its url and text (the text defaults to the url). */
export function parseHyperlinkFormula(formula: string): { text: string; hyperlink: string } | null {
  const match = HYPERLINK_FORMULA.exec(formula);
  if (!match) return null;
  const hyperlink = match[1]!.replace(/""/g, '"');
  const text = match[2] === undefined ? hyperlink : match[2].replace(/""/g, '"');
  return { text, hyperlink };
}

function richTextToString(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  return value.map((run) => (run && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
}

/**
 * An exceljs cell value (string, number, Date, `{formula, result}`, `{richText}`,
 * `{text, hyperlink}`, `{error}`) as a CellValue. HYPERLINK formulas saved without a cached result
 * (as ePing saves them) are read from the formula itself.
 */
export function cellFromExcel(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const formula = typeof v.formula === 'string' ? v.formula : typeof v.sharedFormula === 'string' ? v.sharedFormula : null;
  if (formula !== null) {
    const link = parseHyperlinkFormula(formula);
    const result = v.result === undefined || v.result === null || typeof v.result === 'object' ? null : (v.result as CellValue);
    if (link) return result !== null ? { text: String(result), hyperlink: link.hyperlink } : link;
    return result;
  }
  const rich = richTextToString(v.richText);
  if (rich !== null) return rich;
  if (typeof v.hyperlink === 'string') {
    const text = typeof v.text === 'string' ? v.text : (richTextToString((v.text as { richText?: unknown } | undefined)?.richText) ?? v.hyperlink);
    return { text, hyperlink: v.hyperlink };
  }
  return null;
}

/** A CSV cell: plain text, except that an `=HYPERLINK(...)` formula keeps its link. */
export function cellFromCsv(text: string): CellValue {
  if (/^\s*=\s*HYPERLINK\s*\(/i.test(text)) return parseHyperlinkFormula(text) ?? text;
  return text;
}

/** The text of a cell as written (dates as ISO yyyy-mm-dd). */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return cell.text;
}

export function cellHyperlink(cell: CellValue | undefined): string | null {
  return cell && typeof cell === 'object' && !(cell instanceof Date) ? cell.hyperlink : null;
}

// Every Unicode space except line breaks: NBSP, narrow NBSP, ideographic space, zero-width ones.
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Anything cleanText would change: odd spaces or breaks, doubled spaces, spaces at a line's ends, three breaks in a row. */
const UNTIDY_TEXT = /[^\S \n]|\u200b|  | \n|\n |\n\n\n|^\s|\s$/;
/** Anything cleanLine would change. */
const UNTIDY_LINE = /[^\S ]|\u200b|  |^ | $/;

/** Multi-line text: line breaks kept (at most one blank line in a row), spaces tidied. */
export function cleanText(text: string): string {
  // Most cells are tidy already; the full clean-up of 50,000 long descriptions takes seconds.
  if (!UNTIDY_TEXT.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Single-line text: every run of whitespace, line breaks included, becomes one space. */
export function cleanLine(text: string): string {
  if (!UNTIDY_LINE.test(text)) return text;
  return text.replace(SPACES, ' ').replace(/\s+/g, ' ').trim();
}
