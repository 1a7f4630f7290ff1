// The institute's directory in bulk: committees (code, name) and users (username, display name,
// role, committee codes) from XLSX or CSV. Every row is checked first; one bad row and nothing
// changes, and the answer lists every bad row. `dryRun` checks and counts without writing.
//
// New users get a one-time activation code instead of a password. A password in the file would
// have to be hashed with scrypt at N=2^17 (~0.3 s of CPU each: over four hours for 50,000 on two
// cores), travel in a spreadsheet, and be known to the admin. A code is 100 random bits, so its
// sha256 is enough to store; the expert turns it into a password of her own (POST /auth/activate)
// and the scrypt cost is paid then, once per person, spread over time.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { HttpError } from '../errors';
import { readSheet } from './readSheet';
import { audit } from './audit';
import { accountSeesMore } from './people';
import { cellText, type RawSheet } from '../../shared/import/cells';
import { listEntries } from '../../shared/import/listEntries';
import { ROLES, type Role } from '../../shared/sync/protocol';

export type DirectoryKind = 'committees' | 'users';

/** One problem in one row, as the admin reads it: the row number of the spreadsheet, the column, what is wrong. */
export interface RowProblem {
  row: number;
  column: string;
  problem: 'missing' | 'too_long' | 'invalid_username' | 'unknown_role' | 'unknown_committee' | 'duplicate_in_file' | 'missing_column';
  value: string;
  message: { en: string; zh: string };
}

export interface DirectoryImportResult {
  kind: DirectoryKind;
  dryRun: boolean;
  rows: number;
  created: number;
  existing: number;
  memberships: number;
  problems: RowProblem[];
  /** New users and their one-time codes (only when applied, never on a dry run). */
  activationCodes: { username: string; code: string }[];
}

const HEADERS: Record<DirectoryKind, Record<string, string[]>> = {
  committees: { code: ['code', 'committee code', '代码', '编号', '委员会代码'], name: ['name', 'committee name', '名称', '委员会名称'] },
  users: {
    username: ['username', 'user name', 'login', '用户名', '账号'],
    displayName: ['display name', 'name', 'full name', '姓名', '显示名'],
    role: ['role', '角色'],
    committees: ['committees', 'committee', 'committee codes', '委员会', '所属委员会'],
  },
};

const ROLE_WORDS: Record<string, Role> = {
  reviewer: 'reviewer', expert: 'reviewer', 评议专家: 'reviewer', 专家: 'reviewer',
  secretary: 'secretary', 秘书处: 'secretary', 秘书: 'secretary',
  desk_officer: 'desk_officer', 'desk officer': 'desk_officer', 通报评议中心: 'desk_officer',
  admin: 'admin', 管理员: 'admin',
};

const USERNAME = /^[a-z0-9_.-]{2,64}$/;
export const ACTIVATION_DAYS = 60;
const BATCH = 1000;

const COLUMN_ZH: Record<string, string> = { code: '代码', name: '名称', username: '用户名', 'display name': '姓名', role: '角色', committees: '所属委员会' };

const MESSAGES: Record<RowProblem['problem'], (column: string, zh: string, value: string) => { en: string; zh: string }> = {
  missing: (c, z) => ({ en: `${c} is empty`, zh: `${z}为空` }),
  too_long: (c, z) => ({ en: `${c} is too long`, zh: `${z}过长` }),
  invalid_username: () => ({ en: 'username: 2–64 lower-case letters, digits, . _ -', zh: '用户名须为 2–64 个小写字母、数字或 . _ -' }),
  unknown_role: () => ({ en: `role must be one of ${ROLES.join(', ')}`, zh: '角色须为 评议专家、秘书处、通报评议中心 或 管理员' }),
  unknown_committee: (_c, _z, v) => ({ en: `no committee with the code ${v}`, zh: `委员会 ${v} 不存在` }),
  duplicate_in_file: (c, z, v) => ({ en: `${c} ${v} appears twice in the file`, zh: `${z} ${v} 在文件中重复` }),
  missing_column: (c, z) => ({ en: `the header row has no "${c}" column`, zh: `表头缺少"${z}"列` }),
};

function problem(row: number, column: string, kind: RowProblem['problem'], value = ''): RowProblem {
  return { row, column, problem: kind, value: value.slice(0, 100), message: MESSAGES[kind](column, COLUMN_ZH[column] ?? column, value.slice(0, 100)) };
}

/** Maps the header row to column indexes; problems for missing columns. */
function columns(sheet: RawSheet, kind: DirectoryKind): { index: Record<string, number>; problems: RowProblem[] } {
  const header = sheet.rows[0];
  const names = (header?.cells ?? []).map((c) => cellText(c).trim().toLowerCase());
  const index: Record<string, number> = {};
  const problems: RowProblem[] = [];
  for (const [field, aliases] of Object.entries(HEADERS[kind])) {
    const at = names.findIndex((n) => aliases.includes(n));
    if (at < 0) problems.push(problem(header?.rowNumber ?? 1, field === 'displayName' ? 'display name' : field, 'missing_column'));
    else index[field] = at;
  }
  return { index, problems };
}

function text(cells: RawSheet['rows'][number]['cells'], at: number | undefined): string {
  return at === undefined ? '' : cellText(cells[at]).trim();
}

async function existingSet(db: Queryable, table: 'users' | 'committees', column: 'username' | 'code', values: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < values.length; i += 10_000) {
    const rows = await db.query<{ id: string; key: string }>(`SELECT id, ${column} AS key FROM ${table} WHERE ${column} = ANY($1::text[])`, [values.slice(i, i + 10_000)]);
    for (const row of rows) found.set(row.key, row.id);
  }
  return found;
}

export function newActivationCode(): { code: string; hash: string } {
  // 20 characters of Crockford base32 (100 bits) in groups of five, easy to read out and type.
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (b) => alphabet[b & 31]).join('');
  const code = chars.match(/.{5}/g)!.join('-');
  return { code, hash: hashActivationCode(code) };
}

export function hashActivationCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[^0-9A-Z]/g, '')).digest('hex');
}

export async function importDirectory(db: Db, by: string | null, kind: DirectoryKind, bytes: Uint8Array, fileName: string, options: { dryRun: boolean }): Promise<DirectoryImportResult> {
  const sheet = await readSheet(bytes, fileName);
  const { index, problems } = columns(sheet, kind);
  const result: DirectoryImportResult = { kind, dryRun: options.dryRun, rows: 0, created: 0, existing: 0, memberships: 0, problems, activationCodes: [] };
  if (problems.length) return result;
  const body = sheet.rows.slice(1).filter((r) => r.cells.some((c) => cellText(c).trim() !== ''));
  result.rows = body.length;
  return kind === 'committees' ? importCommittees(db, by, body, index, result, options.dryRun) : importUsers(db, by, body, index, result, options.dryRun);
}

async function importCommittees(db: Db, by: string | null, body: RawSheet['rows'], index: Record<string, number>, result: DirectoryImportResult, dryRun: boolean): Promise<DirectoryImportResult> {
  const seen = new Set<string>();
  const rows: { code: string; name: string }[] = [];
  for (const row of body) {
    const code = text(row.cells, index.code);
    const name = text(row.cells, index.name);
    if (!code) result.problems.push(problem(row.rowNumber, 'code', 'missing'));
    else if (code.length > 50) result.problems.push(problem(row.rowNumber, 'code', 'too_long', code));
    else if (seen.has(code)) result.problems.push(problem(row.rowNumber, 'code', 'duplicate_in_file', code));
    if (!name) result.problems.push(problem(row.rowNumber, 'name', 'missing'));
    else if (name.length > 300) result.problems.push(problem(row.rowNumber, 'name', 'too_long', name));
    seen.add(code);
    rows.push({ code, name });
  }
  if (result.problems.length) return result;
  const existing = await existingSet(db, 'committees', 'code', rows.map((r) => r.code));
  const fresh = rows.filter((r) => !existing.has(r.code));
  result.existing = rows.length - fresh.length;
  result.created = fresh.length;
  if (dryRun || fresh.length === 0) return result;
  await db.transaction(async (tx) => {
    for (let i = 0; i < fresh.length; i += BATCH) {
      const part = fresh.slice(i, i + BATCH);
      await tx.query('INSERT INTO committees (id, code, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [part.map(() => randomUUID()), part.map((r) => r.code), part.map((r) => r.name)]);
    }
    await audit(tx, by, 'directory.import_committees', null, { created: fresh.length });
  });
  return result;
}

async function importUsers(db: Db, by: string | null, body: RawSheet['rows'], index: Record<string, number>, result: DirectoryImportResult, dryRun: boolean): Promise<DirectoryImportResult> {
  const seen = new Set<string>();
  const rows: { row: number; username: string; displayName: string; role: Role; committees: string[] }[] = [];
  for (const row of body) {
    const username = text(row.cells, index.username).toLowerCase();
    const displayName = text(row.cells, index.displayName);
    const roleText = text(row.cells, index.role).toLowerCase();
    const role = ROLE_WORDS[roleText];
    const committees = listEntries(text(row.cells, index.committees));
    if (!username) result.problems.push(problem(row.rowNumber, 'username', 'missing'));
    else if (!USERNAME.test(username)) result.problems.push(problem(row.rowNumber, 'username', 'invalid_username', username));
    else if (seen.has(username)) result.problems.push(problem(row.rowNumber, 'username', 'duplicate_in_file', username));
    if (!displayName) result.problems.push(problem(row.rowNumber, 'display name', 'missing'));
    else if (displayName.length > 200) result.problems.push(problem(row.rowNumber, 'display name', 'too_long', displayName));
    if (!role) result.problems.push(problem(row.rowNumber, 'role', roleText ? 'unknown_role' : 'missing', roleText));
    seen.add(username);
    rows.push({ row: row.rowNumber, username, displayName, role: role ?? 'reviewer', committees });
  }
  // Files made before codes could hold a space separate codes with spaces (`TC-100 TC-101`): an
  // entry that is no committee's code but whose words all are stands for those committees.
  const words = (entry: string) => entry.split(/\s+/);
  const committeeIds = await existingSet(db, 'committees', 'code', [...new Set(rows.flatMap((r) => r.committees.flatMap((e) => [e, ...words(e)])))]);
  for (const r of rows) {
    r.committees = [...new Set(r.committees.flatMap((e) => (!committeeIds.has(e) && words(e).every((w) => committeeIds.has(w)) ? words(e) : [e])))];
    for (const code of r.committees) if (!committeeIds.has(code)) result.problems.push(problem(r.row, 'committees', 'unknown_committee', code));
  }
  if (result.problems.length) {
    result.problems.sort((a, b) => a.row - b.row);
    return result;
  }
  const existing = await existingSet(db, 'users', 'username', rows.map((r) => r.username));
  const fresh = rows.filter((r) => !existing.has(r.username));
  result.existing = rows.length - fresh.length;
  result.created = fresh.length;
  result.memberships = rows.reduce((n, r) => n + r.committees.length, 0);
  if (dryRun) return result;
  const ids = new Map(existing);
  const codes = fresh.map(() => newActivationCode());
  await db.transaction(async (tx) => {
    const expires = new Date(Date.now() + ACTIVATION_DAYS * 86_400_000).toISOString();
    for (let i = 0; i < fresh.length; i += BATCH) {
      const part = fresh.slice(i, i + BATCH);
      const partIds = part.map((r) => {
        const id = randomUUID();
        ids.set(r.username, id);
        return id;
      });
      await tx.query(
        `INSERT INTO users (id, username, display_name, role, password_hash, activation_code_hash, activation_expires_at)
         SELECT id, username, display_name, role, NULL, code_hash, $6::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, username, display_name, role, code_hash)`,
        [partIds, part.map((r) => r.username), part.map((r) => r.displayName), part.map((r) => r.role), codes.slice(i, i + BATCH).map((c) => c.hash), expires],
      );
    }
    const members = rows.flatMap((r) => r.committees.map((code) => [committeeIds.get(code)!, ids.get(r.username)!] as const));
    for (let i = 0; i < members.length; i += BATCH) {
      const part = members.slice(i, i + BATCH);
      const added = await tx.query<{ user_id: string }>('INSERT INTO committee_members (committee_id, user_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING RETURNING user_id', [part.map((m) => m[0]), part.map((m) => m[1])]);
      await accountSeesMore(tx, [...new Set(added.map((row) => row.user_id))]);
    }
    await audit(tx, by, 'directory.import_users', null, { created: fresh.length, memberships: members.length });
  });
  result.activationCodes = fresh.map((r, i) => ({ username: r.username, code: codes[i]!.code }));
  return result;
}

/** Turns a one-time activation code into the user's own password; the code is then spent. */
export async function activateAccount(db: Db, username: string, code: string, passwordHash: () => Promise<string>): Promise<string> {
  const [user] = await db.query<{ id: string }>(
    'SELECT id FROM users WHERE username = $1 AND activation_code_hash = $2 AND activation_expires_at > now() AND disabled_at IS NULL',
    [username.toLowerCase(), hashActivationCode(code)],
  );
  if (!user) throw new HttpError(401, 'invalid_activation', 'Unknown, used or expired activation code');
  const hash = await passwordHash();
  const updated = await db.query<{ id: string }>('UPDATE users SET password_hash = $2, activation_code_hash = NULL, activation_expires_at = NULL WHERE id = $1 AND activation_code_hash IS NOT NULL RETURNING id', [user.id, hash]);
  if (!updated.length) throw new HttpError(401, 'invalid_activation', 'Unknown, used or expired activation code');
  await audit(db, user.id, 'user.activate', user.id);
  return user.id;
}
