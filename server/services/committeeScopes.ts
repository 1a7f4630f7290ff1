// Committee scopes (shared/routing/scope.ts): the bulk import from XLSX/CSV, the admin's edit of
// one committee's scope, and the list routing reads. Each write appends a `scope` change, so the
// scope reaches the committee's members, desk officers and admins with their next pull.
//
// The import follows the directory import (directoryImport.ts): every row is checked first; one
// bad row and nothing changes, and the answer lists every bad row in English and Chinese; a dry
// run checks and counts. Re-importing the same file changes nothing (and appends no change).
import type { Db, Queryable } from '../db/db';
import { HttpError } from '../errors';
import { readSheet } from './readSheet';
import { audit } from './audit';
import { appendChanges, type NewChange } from './changes';
import { cellText, type CellValue, type RawSheet } from '../../shared/import/cells';
import { checkScope, scopeEntries, type ScopeField, type ScopeInput, type ScopeProblem, type StoredScope } from '../../shared/routing/scope';

export interface ScopeRowProblem {
  row: number;
  column: string;
  problem: 'missing' | 'unknown_committee' | 'duplicate_in_file' | 'missing_column' | ScopeProblem['problem'];
  value: string;
  message: { en: string; zh: string };
}

export interface ScopeImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ScopeRowProblem[];
}

type Column = 'code' | ScopeField;

const HEADERS: Record<Column, string[]> = {
  code: ['code', 'committee code', 'committee', '代码', '编号', '委员会代码', '委员会'],
  ics: ['ics', 'ics codes', 'ics 代码', 'ics代码', '国际标准分类'],
  hs: ['hs', 'hs codes', 'hs 编码', 'hs编码', '海关编码'],
  keywordsZh: ['keywords zh', 'keywords (zh)', 'chinese keywords', '中文关键词', '关键词（中文）', '关键词(中文)'],
  keywordsEn: ['keywords en', 'keywords (en)', 'english keywords', '英文关键词', '关键词（英文）', '关键词(英文)'],
};
const COLUMN_EN: Record<Column, string> = { code: 'code', ics: 'ICS', hs: 'HS', keywordsZh: 'keywords zh', keywordsEn: 'keywords en' };
const COLUMN_ZH: Record<Column, string> = { code: '委员会代码', ics: 'ICS', hs: 'HS', keywordsZh: '中文关键词', keywordsEn: '英文关键词' };

const MESSAGES: Record<ScopeRowProblem['problem'], (en: string, zh: string, value: string) => { en: string; zh: string }> = {
  missing: (c, z) => ({ en: `${c} is empty`, zh: `${z}为空` }),
  unknown_committee: (_c, _z, v) => ({ en: `no committee with the code ${v}`, zh: `委员会 ${v} 不存在` }),
  duplicate_in_file: (c, z, v) => ({ en: `${c} ${v} appears twice in the file`, zh: `${z} ${v} 在文件中重复` }),
  missing_column: (c, z) => ({ en: `the header row has no "${c}" column`, zh: `表头缺少"${z}"列` }),
  invalid_ics: (_c, _z, v) => ({ en: `${v} is not an ICS code (e.g. 97 or 97.200 or 97.200.50)`, zh: `${v} 不是 ICS 代码（如 97、97.200 或 97.200.50）` }),
  invalid_hs: (_c, _z, v) => ({ en: `${v} is not an HS chapter or heading (e.g. 95 or 9503)`, zh: `${v} 不是 HS 章或品目（如 95 或 9503）` }),
  too_long: (c, z) => ({ en: `a keyword in ${c} is too long`, zh: `${z}中的关键词过长` }),
  too_many: (c, z, v) => ({ en: `${c} has too many entries (${v})`, zh: `${z}条目过多（${v}）` }),
};

function problem(row: number, column: Column, kind: ScopeRowProblem['problem'], value = ''): ScopeRowProblem {
  const v = value.slice(0, 100);
  return { row, column: COLUMN_EN[column], problem: kind, value: v, message: MESSAGES[kind](COLUMN_EN[column], COLUMN_ZH[column], v) };
}

/** A numeric HS cell loses its leading zero (`0901` is read as 901): put it back. */
function hsCell(cell: CellValue | undefined): string {
  const text = cellText(cell).trim();
  return typeof cell === 'number' && text.length % 2 === 1 ? `0${text}` : text;
}

interface ScopeRow extends ScopeInput {
  row: number;
  code: string;
}

function readRows(sheet: RawSheet): { rows: ScopeRow[]; problems: ScopeRowProblem[] } {
  const header = sheet.rows[0];
  const names = (header?.cells ?? []).map((c) => cellText(c).trim().toLowerCase());
  const index: Partial<Record<Column, number>> = {};
  const problems: ScopeRowProblem[] = [];
  for (const column of Object.keys(HEADERS) as Column[]) {
    const at = names.findIndex((n) => HEADERS[column].includes(n));
    if (at < 0) problems.push(problem(header?.rowNumber ?? 1, column, 'missing_column'));
    else index[column] = at;
  }
  if (problems.length) return { rows: [], problems };
  const rows: ScopeRow[] = [];
  const seen = new Set<string>();
  for (const { rowNumber, cells } of sheet.rows.slice(1)) {
    if (!cells.some((c) => cellText(c).trim() !== '')) continue;
    const code = cellText(cells[index.code!]).trim();
    if (!code) problems.push(problem(rowNumber, 'code', 'missing'));
    else if (seen.has(code)) problems.push(problem(rowNumber, 'code', 'duplicate_in_file', code));
    seen.add(code);
    const fields = {
      ics: scopeEntries(cellText(cells[index.ics!])),
      hs: scopeEntries(hsCell(cells[index.hs!])),
      keywordsZh: scopeEntries(cellText(cells[index.keywordsZh!])),
      keywordsEn: scopeEntries(cellText(cells[index.keywordsEn!])),
    };
    const checked = checkScope(fields);
    for (const p of checked.problems) problems.push(problem(rowNumber, p.field, p.problem, p.value));
    rows.push({ row: rowNumber, code, ...checked.scope });
  }
  return { rows, problems };
}

interface ScopeDbRow {
  committee_id: string;
  code: string;
  name: string;
  ics: string[] | null;
  hs: string[] | null;
  keywords_zh: string[] | null;
  keywords_en: string[] | null;
  updated_at: unknown;
}

const SCOPE_SELECT = `SELECT c.id AS committee_id, c.code, c.name, s.ics, s.hs, s.keywords_zh, s.keywords_en, s.updated_at
  FROM committees c LEFT JOIN committee_scopes s ON s.committee_id = c.id`;

function storedScope(row: ScopeDbRow): StoredScope {
  return {
    committeeId: row.committee_id,
    committeeCode: row.code,
    committeeName: row.name,
    ics: row.ics ?? [],
    hs: row.hs ?? [],
    keywordsZh: row.keywords_zh ?? [],
    keywordsEn: row.keywords_en ?? [],
    updatedAt: row.updated_at ? new Date(row.updated_at as string).toISOString() : '',
  };
}

const sameScope = (a: ScopeInput, b: ScopeInput) => JSON.stringify([a.ics, a.hs, a.keywordsZh, a.keywordsEn]) === JSON.stringify([b.ics, b.hs, b.keywordsZh, b.keywordsEn]);

/** Every committee's scope (empty lists where none was declared), by committee code. */
export async function listScopes(db: Queryable): Promise<StoredScope[]> {
  return (await db.query<ScopeDbRow>(`${SCOPE_SELECT} ORDER BY c.code`)).map(storedScope);
}

/** Stores the scopes that differ from the stored ones; returns how many were new and changed. */
async function writeScopes(tx: Queryable, scopes: { committeeId: string; scope: ScopeInput }[]): Promise<StoredScope[]> {
  if (!scopes.length) return [];
  const rows = await tx.query<ScopeDbRow>(
    `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(committee_id text, ics jsonb, hs jsonb, keywords_zh jsonb, keywords_en jsonb)),
     written AS (
       INSERT INTO committee_scopes (committee_id, ics, hs, keywords_zh, keywords_en)
       SELECT committee_id, ics, hs, keywords_zh, keywords_en FROM input
       ON CONFLICT (committee_id) DO UPDATE SET ics = EXCLUDED.ics, hs = EXCLUDED.hs, keywords_zh = EXCLUDED.keywords_zh, keywords_en = EXCLUDED.keywords_en, updated_at = now()
       RETURNING *)
     SELECT w.committee_id, c.code, c.name, w.ics, w.hs, w.keywords_zh, w.keywords_en, w.updated_at FROM written w JOIN committees c ON c.id = w.committee_id ORDER BY c.code`,
    [JSON.stringify(scopes.map(({ committeeId, scope }) => ({ committee_id: committeeId, ics: scope.ics, hs: scope.hs, keywords_zh: scope.keywordsZh, keywords_en: scope.keywordsEn })))],
  );
  const stored = rows.map(storedScope);
  await appendChanges(tx, stored.map((s): NewChange => ({ kind: 'scope', entityId: s.committeeId, committeeId: s.committeeId, data: s })));
  return stored;
}

export async function importScopes(db: Db, by: string | null, bytes: Uint8Array, fileName: string, options: { dryRun: boolean }): Promise<ScopeImportResult> {
  const sheet = await readSheet(bytes, fileName);
  const { rows, problems } = readRows(sheet);
  const result: ScopeImportResult = { dryRun: options.dryRun, rows: rows.length, created: 0, updated: 0, unchanged: 0, problems };
  const codes = rows.map((r) => r.code).filter(Boolean);
  const existing = new Map<string, StoredScope & { declared: boolean }>();
  for (let i = 0; i < codes.length; i += 10_000) {
    const found = await db.query<ScopeDbRow>(`${SCOPE_SELECT} WHERE c.code = ANY($1::text[])`, [codes.slice(i, i + 10_000)]);
    for (const row of found) existing.set(row.code, { ...storedScope(row), declared: row.ics !== null });
  }
  for (const r of rows) if (r.code && !existing.has(r.code)) problems.push(problem(r.row, 'code', 'unknown_committee', r.code));
  if (problems.length) {
    problems.sort((a, b) => a.row - b.row);
    return result;
  }
  const changed: { committeeId: string; scope: ScopeInput }[] = [];
  for (const r of rows) {
    const before = existing.get(r.code)!;
    if (before.declared && sameScope(before, r)) result.unchanged++;
    else {
      if (before.declared) result.updated++;
      else result.created++;
      changed.push({ committeeId: before.committeeId, scope: { ics: r.ics, hs: r.hs, keywordsZh: r.keywordsZh, keywordsEn: r.keywordsEn } });
    }
  }
  if (options.dryRun || !changed.length) return result;
  await db.transaction(async (tx) => {
    for (let i = 0; i < changed.length; i += 1000) await writeScopes(tx, changed.slice(i, i + 1000));
    await audit(tx, by, 'scope.import', null, { created: result.created, updated: result.updated });
  });
  return result;
}

/** The admin sets one committee's scope. */
export async function setScope(tx: Queryable, by: string | null, committeeId: string, scope: ScopeInput): Promise<StoredScope> {
  const [committee] = await tx.query('SELECT 1 FROM committees WHERE id = $1', [committeeId]);
  if (!committee) throw new HttpError(404, 'not_found', 'No such committee');
  const [stored] = await writeScopes(tx, [{ committeeId, scope }]);
  await audit(tx, by, 'scope.set', committeeId, scope);
  return stored!;
}
