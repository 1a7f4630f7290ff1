// The change log pulls read. See PROTOCOL.md, "How no change is skipped".
import type { Queryable } from '../db/db';
import type { Actor } from '../auth/sessions';
import type { Change, ChangeKind } from '../../shared/sync/protocol';

export interface NewChange {
  kind: ChangeKind;
  entityId: string;
  /** Null: everyone may see it (standards). */
  committeeId: string | null;
  /** The author, for comments. */
  ownerId?: string | null;
  data: unknown;
}

export async function appendChange(tx: Queryable, change: NewChange): Promise<void> {
  await tx.query('INSERT INTO changes (kind, entity_id, committee_id, owner_id, data) VALUES ($1, $2, $3, $4, $5)', [
    change.kind,
    change.entityId,
    change.committeeId,
    change.ownerId ?? null,
    JSON.stringify(change.data),
  ]);
}

interface Cursor {
  xid: string;
  seq: number;
}

const START: Cursor = { xid: '0', seq: 0 };

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.xid}.${cursor.seq}`;
}

/** null when the text is not a cursor this server made. */
export function decodeCursor(text: string | undefined): Cursor | null {
  if (text === undefined || text === '') return START;
  const match = /^(\d{1,20})\.(\d{1,20})$/.exec(text);
  return match ? { xid: match[1]!, seq: Number(match[2]) } : null;
}

interface ChangeRow {
  seq: number;
  xid: string;
  kind: ChangeKind;
  entity_id: string;
  committee_id: string | null;
  owner_id: string | null;
  data: unknown;
}

export function seesEverything(actor: Actor): boolean {
  return actor.role === 'desk_officer' || actor.role === 'admin';
}

function visibleTo(actor: Actor, row: ChangeRow): boolean {
  if (seesEverything(actor)) return true;
  const member = row.committee_id !== null && actor.committeeIds.includes(row.committee_id);
  if (row.kind === 'comment') return row.owner_id === actor.id || (actor.role === 'secretary' && member);
  if (row.kind === 'position') return actor.role === 'secretary' && member;
  return row.committee_id === null || member;
}

/**
 * One page of changes after `cursor`: rows of finished transactions only (xid below the oldest
 * running one), in (xid, seq) order. The cursor moves past rows the actor may not see, so each
 * page costs at most `limit` rows of the index.
 */
export async function pullChanges(db: Queryable, actor: Actor, cursor: Cursor, limit: number): Promise<{ changes: Change[]; cursor: string; hasMore: boolean }> {
  const rows = await db.query<ChangeRow>(
    `SELECT seq, xid::text AS xid, kind, entity_id, committee_id, owner_id, data
       FROM changes
      WHERE (xid, seq) > ($1::xid8, $2::bigint)
        AND xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY xid, seq
      LIMIT $3`,
    [cursor.xid, cursor.seq, limit],
  );
  const last = rows.at(-1);
  return {
    changes: rows.filter((row) => visibleTo(actor, row)).map((row) => ({ kind: row.kind, entityId: row.entity_id, data: row.data }) as Change),
    cursor: encodeCursor(last ? { xid: last.xid, seq: last.seq } : cursor),
    hasMore: rows.length === limit,
  };
}
