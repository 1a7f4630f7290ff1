// ePing "Export search results" sheets (see ../shared/corpus/README.md) → Notification records.
// Pure: the caller reads the file into a RawSheet (exceljs / papaparse) and stores the result.
import type { CodeEntry, Link, Notification, NotificationType, ParsedSymbol } from '../domain/notification';
import { parseSymbol, type SymbolResult } from '../domain/symbol';
import { parseCodeList } from '../domain/codes';
import { cellHyperlink, cellText, cleanLine, cleanText, type CellValue, type RawSheet } from './cells';
import { parseDateCell } from './dates';
import { issue, type ImportIssue } from './issues';

/** The ePing columns we read, by the name ePing gives them. Lookup ignores case, spaces and punctuation. */
export const EPING_COLUMNS = {
  member: 'Notifying Member',
  distributionDate: 'Distribution date',
  symbol: 'Document symbol',
  title: 'Title',
  description: 'Description',
  products: 'Products covered',
  hsCodes: 'HS code(s)',
  icsCodes: 'ICS code(s)',
  objectives: 'Objectives',
  keywords: 'Keywords',
  regions: 'Specific regions or countries likely to be affected',
  finalDate: 'Final date for comments',
  type: 'Notification type',
  notifiedDocument: 'Notified document',
  linkEn: 'Link to notification(EN)',
  linkFr: 'Link to notification(FR)',
  linkEs: 'Link to notification(ES)',
} as const;

type ColumnKey = keyof typeof EPING_COLUMNS;

export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['symbol', 'member', 'title', 'finalDate'];

/** How many rows from the top may precede the header row (export titles, notes). */
const HEADER_SEARCH_ROWS = 10;
/** Enough errors to fix a file; a wrong file would otherwise list every row. */
const MAX_ISSUES = 50;

export interface ImportStats {
  rows: number;
  tbt: number;
  sps: number;
  /** Addenda, corrigenda and revisions. */
  followUps: number;
  /** Follow-ups whose base notification is in the same file. */
  followUpsWithBaseInFile: number;
  withoutFinalDate: number;
}

export type EpingImport = { ok: true; notifications: Notification[]; stats: ImportStats } | { ok: false; issues: ImportIssue[] };

export interface EpingImportOptions {
  /** ISO timestamp written to importedAt/updatedAt. */
  now: string;
  onProgress?: (done: number, total: number) => void;
}

export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

type ColumnIndex = Partial<Record<ColumnKey, { index: number; name: string }>>;

function indexColumns(header: CellValue[]): ColumnIndex {
  const byKey = new Map<string, { index: number; name: string }>();
  header.forEach((cell, index) => {
    const name = cleanLine(cellText(cell));
    if (name && !byKey.has(headerKey(name))) byKey.set(headerKey(name), { index, name });
  });
  const columns: ColumnIndex = {};
  for (const [key, name] of Object.entries(EPING_COLUMNS) as [ColumnKey, string][]) {
    const found = byKey.get(headerKey(name));
    if (found) columns[key] = found;
  }
  return columns;
}

function typeFromColumn(text: string): NotificationType | null {
  const t = text.toLowerCase();
  if (!t.trim()) return null;
  if (t.includes('corrigend')) return 'corrigendum';
  if (t.includes('addend')) return 'addendum';
  if (t.includes('revision')) return 'revision';
  if (t.includes('emergency')) return 'emergency';
  if (t.includes('regular')) return 'regular';
  return 'other';
}

/** The symbol's last suffix says what a follow-up is; the column tells regular from emergency. */
export function notificationType(symbol: ParsedSymbol, typeColumn: string): NotificationType {
  const last = symbol.suffixes.at(-1);
  if (last) return last.kind === 'Add' ? 'addendum' : last.kind === 'Rev' ? 'revision' : 'corrigendum';
  const fromColumn = typeFromColumn(typeColumn);
  return fromColumn === 'emergency' || fromColumn === 'other' ? fromColumn : 'regular';
}

function splitList(text: string): string[] {
  const items = text
    .split(/[;\n]/)
    .map((item) => cleanLine(item).replace(/\s*\((TBT|SPS)\)$/i, ''))
    .filter(Boolean);
  return [...new Set(items)];
}

function urlsIn(cell: CellValue | undefined): string[] {
  const found = [cellHyperlink(cell) ?? '', ...cellText(cell).split(/\s+/)].filter((token) => /^https?:\/\/\S+$/i.test(token));
  return [...new Set(found)];
}

function linkOf(cell: CellValue | undefined, label: string): Link | null {
  const url = (cellHyperlink(cell) ?? cellText(cell)).trim().replace(/ /g, '%20');
  return /^https?:\/\//i.test(url) ? { url, label } : null;
}

/** Is `code` (e.g. `TZA`) written in order within `member` (e.g. `Tanzania`)? */
function codeFitsMember(code: string, member: string): boolean {
  let at = 0;
  const name = member.toUpperCase();
  for (const letter of code) {
    at = name.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The symbol cell of a joint notification lists every member's symbol
 * (`G/TBT/N/BDI/608, G/TBT/N/KEN/1808, …`) and ePing gives one row per member: the row's own
 * symbol is the one whose member code fits the row's member, the others are kept as related.
 */
function readSymbolCell(raw: string, member: string): { symbol: SymbolResult; others: string[] } {
  const pieces = raw.split(/[,;\n]/).filter((piece) => piece.trim());
  if (pieces.length <= 1) return { symbol: parseSymbol(raw), others: [] };
  const parsed: ParsedSymbol[] = [];
  for (const piece of pieces) {
    const result = parseSymbol(piece);
    if (!result.ok) return { symbol: { ok: false, error: { code: 'not_a_symbol', input: raw } }, others: [] };
    parsed.push(result.symbol);
  }
  const fitting = parsed.filter((p) => codeFitsMember(p.memberCode, member));
  const own = fitting.length === 1 ? fitting[0]! : parsed[0]!;
  return { symbol: { ok: true, symbol: own }, others: parsed.filter((p) => p !== own).map((p) => p.symbol) };
}

function isEmptyRow(cells: CellValue[]): boolean {
  return cells.every((cell) => cleanLine(cellText(cell)) === '');
}

export function importEpingSheet(sheet: RawSheet, options: EpingImportOptions): EpingImport {
  const headerAt = sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => indexColumns(row.cells).symbol);
  if (headerAt < 0) {
    const first = sheet.rows.find((row) => !isEmptyRow(row.cells));
    return { ok: false, issues: [first ? issue('missing_column', null, EPING_COLUMNS.symbol) : issue('no_header')] };
  }
  const columns = indexColumns(sheet.rows[headerAt]!.cells);
  const missing = REQUIRED_COLUMNS.filter((key) => !columns[key]);
  if (missing.length) return { ok: false, issues: missing.map((key) => issue('missing_column', null, EPING_COLUMNS[key])) };

  const dataRows = sheet.rows.slice(headerAt + 1).filter((row) => !isEmptyRow(row.cells));
  if (!dataRows.length) return { ok: false, issues: [issue('no_rows')] };

  const issues: ImportIssue[] = [];
  const byId = new Map<string, Notification>();
  dataRows.forEach((row, i) => {
    if (issues.length >= MAX_ISSUES) return;
    const cell = (key: ColumnKey): CellValue | undefined => {
      const column = columns[key];
      return column ? row.cells[column.index] : undefined;
    };
    const text = (key: ColumnKey) => cleanText(cellText(cell(key)));
    const line = (key: ColumnKey) => cleanLine(cellText(cell(key)));
    const columnName = (key: ColumnKey) => columns[key]?.name ?? EPING_COLUMNS[key];

    const rawSymbol = cellText(cell('symbol'));
    const { symbol, others } = readSymbolCell(rawSymbol, line('member'));
    if (!symbol.ok) {
      issues.push(issue(symbol.error.code === 'empty' ? 'empty_symbol' : 'invalid_symbol', row.rowNumber, columnName('symbol'), cleanLine(rawSymbol)));
      return;
    }
    const dates: Partial<Record<'distributionDate' | 'finalDate', string | null>> = {};
    for (const key of ['distributionDate', 'finalDate'] as const) {
      const parsed = parseDateCell(cell(key));
      if (parsed.ok) dates[key] = parsed.date;
      else issues.push(issue('invalid_date', row.rowNumber, columnName(key), cleanLine(cellText(cell(key)))));
    }
    if (issues.length) return;

    const s = symbol.symbol;
    const hsCodes: CodeEntry[] = parseCodeList(text('hsCodes'));
    const icsCodes: CodeEntry[] = parseCodeList(text('icsCodes'));
    const links = [
      linkOf(cell('symbol'), 'ePing'),
      linkOf(cell('linkEn'), 'EN'),
      linkOf(cell('linkFr'), 'FR'),
      linkOf(cell('linkEs'), 'ES'),
    ].filter((link): link is Link => link !== null);
    byId.set(s.symbol, {
      id: s.symbol,
      agreement: s.agreement,
      memberCode: s.memberCode,
      number: s.number,
      suffixes: s.suffixes,
      baseSymbol: s.baseSymbol,
      parentSymbol: s.parentSymbol,
      type: notificationType(s, line('type')),
      member: line('member'),
      agency: '',
      notifiedUnder: '',
      products: text('products'),
      hsCodes,
      icsCodes,
      title: text('title'),
      pages: '',
      languages: '',
      description: text('description'),
      objectives: splitList(text('objectives')),
      relevantDocuments: others.join(', '),
      proposedAdoption: '',
      proposedEntryIntoForce: '',
      finalDateForComments: dates.finalDate ?? null,
      textsAvailableFrom: '',
      distributionDate: dates.distributionDate ?? null,
      keywords: splitList(text('keywords')),
      regionsAffected: text('regions'),
      notifiedDocumentUrls: urlsIn(cell('notifiedDocument')),
      links,
      source: 'eping',
      importedAt: options.now,
      updatedAt: options.now,
    });
    if (options.onProgress && (i + 1) % 500 === 0) options.onProgress(i + 1, dataRows.length);
  });
  if (issues.length) return { ok: false, issues };
  options.onProgress?.(dataRows.length, dataRows.length);

  const notifications = [...byId.values()];
  const followUps = notifications.filter((n) => n.parentSymbol !== null);
  return {
    ok: true,
    notifications,
    stats: {
      rows: notifications.length,
      tbt: notifications.filter((n) => n.agreement === 'TBT').length,
      sps: notifications.filter((n) => n.agreement === 'SPS').length,
      followUps: followUps.length,
      followUpsWithBaseInFile: followUps.filter((n) => byId.has(n.baseSymbol)).length,
      withoutFinalDate: notifications.filter((n) => n.finalDateForComments === null).length,
    },
  };
}
