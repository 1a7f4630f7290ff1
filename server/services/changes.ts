// The change log pulls read. See PROTOCOL.md, "How no change is skipped".
import type { Queryable } from '../db/db';
import type { Actor } from '../auth/sessions';
import type { Change, ChangeKind } from '../../shared/sync/protocol';
import { MAX_ID_LENGTH } from '../../shared/schemas/text';

export interface NewChange {
  kind: ChangeKind;
  entityId: string;
  /** Null: everyone may see it (standards). */
  committeeId: string | null;
  /** The author, for comments. */
  ownerId?: string | null;
  data: unknown;
}

/**
 * Appends changes in the given order. The advisory lock (keyed on this schema's `changes` table,
 * held until the transaction ends) makes appends one at a time: a transaction takes its sequence
 * numbers only after every earlier appender has committed or rolled back, so `seq` order is commit
 * order. Call it as late in the transaction as possible: the lock is held until commit.
 */
export async function appendChanges(tx: Queryable, changes: readonly NewChange[]): Promise<void> {
  if (!changes.length) return;
  await tx.query(`SELECT pg_advisory_xact_lock('changes'::regclass::oid::bigint)`);
  const rows = changes.map((c) => ({ kind: c.kind, entity_id: c.entityId, committee_id: c.committeeId, owner_id: c.ownerId ?? null, data: c.data }));
  await tx.query(
    `INSERT INTO changes (kind, entity_id, committee_id, owner_id, data)
     SELECT e->>'kind', e->>'entity_id', e->>'committee_id', e->>'owner_id', e->'data'
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(e, n)
      ORDER BY n`,
    [JSON.stringify(rows)],
  );
}

export function appendChange(tx: Queryable, change: NewChange): Promise<void> {
  return appendChanges(tx, [change]);
}

/** The highest `seq` delivered; a cursor is its decimal text. */
type Cursor = number;

const START: Cursor = 0;

export function encodeCursor(cursor: Cursor): string {
  return String(cursor);
}

/**
 * null when the text is not a cursor. A cursor of the earlier format (`<xid>.<seq>`, read in a
 * broken order) starts again from the beginning: the client receives everything once more, newest
 * version wins, and whatever that order made it miss arrives.
 */
export function decodeCursor(text: string | undefined): Cursor | null {
  if (text === undefined || text === '') return START;
  if (/^\d{1,20}\.\d{1,20}$/.test(text)) return START;
  if (!/^\d{1,16}$/.test(text)) return null;
  const seq = Number(text);
  return Number.isSafeInteger(seq) ? seq : null;
}

interface ChangeRow {
  seq: number;
  kind: ChangeKind;
  entity_id: string;
  committee_id: string | null;
  owner_id: string | null;
  /** The stored JSON text, sent as it is (no parse and re-serialise per row). */
  data: string;
}

export function seesEverything(actor: Actor): boolean {
  return actor.role === 'desk_officer' || actor.role === 'admin';
}

function visibleTo(actor: Actor, row: ChangeRow): boolean {
  // Rows stored before ids had a limit would stop every client's parse: they are not sent.
  if (row.entity_id.length > MAX_ID_LENGTH) return false;
  if (seesEverything(actor)) return true;
  const member = row.committee_id !== null && actor.committeeIds.includes(row.committee_id);
  if (row.kind === 'comment') return row.owner_id === actor.id || (actor.role === 'secretary' && member);
  if (row.kind === 'position') return actor.role === 'secretary' && member;
  return row.committee_id === null || member;
}

/** One page of the log after a cursor: a range scan of the primary key, in `seq` order. */
export const PULL_SQL = `SELECT seq, kind, entity_id, committee_id, owner_id, data::text AS data FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2`;

async function pullRows(db: Queryable, actor: Actor, cursor: Cursor, limit: number): Promise<{ rows: ChangeRow[]; cursor: string; hasMore: boolean }> {
  const rows = await db.query<ChangeRow>(PULL_SQL, [cursor, limit]);
  const last = rows.at(-1);
  return { rows: rows.filter((row) => visibleTo(actor, row)), cursor: encodeCursor(last ? last.seq : cursor), hasMore: rows.length === limit };
}

/**
 * One page of changes after `cursor`. The cursor moves past rows the actor may not see, so each
 * page costs at most `limit` rows of the index.
 */
export async function pullChanges(db: Queryable, actor: Actor, cursor: Cursor, limit: number): Promise<{ changes: Change[]; cursor: string; hasMore: boolean }> {
  const page = await pullRows(db, actor, cursor, limit);
  return { changes: page.rows.map((row) => ({ kind: row.kind, entityId: row.entity_id, data: JSON.parse(row.data) }) as Change), cursor: page.cursor, hasMore: page.hasMore };
}

/** The same page as the JSON text of a `PullResponse`, each change's data spliced in as stored. */
export async function pullChangesJson(db: Queryable, actor: Actor, cursor: Cursor, limit: number): Promise<string> {
  const page = await pullRows(db, actor, cursor, limit);
  const changes = page.rows.map((row) => `{"kind":${JSON.stringify(row.kind)},"entityId":${JSON.stringify(row.entity_id)},"data":${row.data}}`);
  return `{"changes":[${changes.join(',')}],"cursor":${JSON.stringify(page.cursor)},"hasMore":${page.hasMore}}`;
}
