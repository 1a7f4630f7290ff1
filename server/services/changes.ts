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
 * The visibility barrier (PROTOCOL.md, "How no change is skipped") exists because PostgreSQL commits
 * concurrent appenders out of seq order. PGlite runs one transaction at a time: every seq a pull can
 * see is committed, so there it costs statements and holds nothing back.
 */
function needsVisibilityBarrier(db: Queryable): boolean {
  return db.kind === 'postgres';
}

/**
 * Appends changes in the given order. Appenders do not wait for each other: each first registers a
 * lower bound of the sequence numbers it is about to take (the sequence's last value, as the second
 * key of a shared advisory lock held until the transaction ends), and pulls stop below the lowest
 * bound still registered (`changes_visible_below()`, migration 006).
 */
export async function appendChanges(tx: Queryable, changes: readonly NewChange[]): Promise<void> {
  if (!changes.length) return;
  if (needsVisibilityBarrier(tx)) await tx.query(`SELECT pg_advisory_xact_lock_shared(changes_lock_class(), last_value::int) FROM changes_seq_seq`);
  const rows = changes.map((c) => ({ kind: c.kind, entity_id: c.entityId, committee_id: c.committeeId, owner_id: c.ownerId ?? null, data: c.data }));
  await tx.query(
    `INSERT INTO changes (kind, entity_id, committee_id, owner_id, data)
     SELECT e->>'kind', e->>'entity_id', e->>'committee_id', e->>'owner_id', e->'data'
       FROM json_array_elements($1::json) WITH ORDINALITY AS r(e, n)
      ORDER BY n`,
    [JSON.stringify(rows)],
  );
}

export function appendChange(tx: Queryable, change: NewChange): Promise<void> {
  return appendChanges(tx, [change]);
}

/**
 * Where a client is: the database's epoch (migration 009) and the highest `seq` delivered. Its text
 * is `<epoch>.<seq>`: 32 hex digits, a dot, the decimal seq.
 */
export interface Cursor {
  /** Null: start from the beginning, whatever the epoch. */
  epoch: string | null;
  seq: number;
}

const START: Cursor = { epoch: null, seq: 0 };

/** Above every seq: no barrier. */
const NO_BARRIER = Number.MAX_SAFE_INTEGER;

/** `<epoch>.<seq>v<view>`: the database's epoch, the last seq delivered and the account's view version. */
export function encodeCursor(cursor: Cursor, viewVersion: number): string {
  return `${cursor.epoch}.${cursor.seq}v${viewVersion}`;
}

/**
 * null when the text is not a cursor. These start again from the beginning (the client receives
 * everything once more, newest version wins, and whatever it missed arrives): a cursor made before
 * the account could see more (another view version), so what it may now see arrives; the plain
 * decimal seq (it names no epoch, so it may come from before a restore); and `<xid>.<seq>` (read in
 * a broken order). A cursor of another epoch starts over too (`pullPage`).
 */
export function decodeCursor(text: string | undefined, viewVersion: number): Cursor | null {
  if (text === undefined || text === '') return START;
  if (/^\d{1,20}\.\d{1,20}$/.test(text) || /^\d{1,16}$/.test(text)) return START;
  const match = /^([0-9a-f]{32})\.(\d{1,16})v(\d{1,9})$/.exec(text);
  if (!match) return null;
  const seq = Number(match[2]);
  if (!Number.isSafeInteger(seq)) return null;
  return Number(match[3]) === viewVersion ? { epoch: match[1]!, seq } : START;
}

/** Gives the database a new epoch: every client's next pull starts from the beginning. Run after a restore. */
export async function renewEpoch(db: Queryable): Promise<string> {
  const [row] = (await db.query<{ id: string }>('SELECT renew_database_epoch() AS id')) as [{ id: string }];
  return row.id;
}

/**
 * Who sees which change (PROTOCOL.md, "Pull"), as a condition on a row of `changes`; $4 the user's
 * id, $5 the role, $6 the committees, $7 the longest id sent (rows stored before ids had a limit
 * would stop every client's parse: they are not sent).
 */
const VISIBLE = `length(entity_id) <= $7 AND coalesce(
  $5 IN ('desk_officer', 'admin') OR CASE kind
    WHEN 'comment' THEN owner_id = $4 OR ($5 = 'secretary' AND committee_id = ANY($6::text[]))
    WHEN 'position' THEN $5 = 'secretary' AND committee_id = ANY($6::text[])
    ELSE committee_id IS NULL OR committee_id = ANY($6::text[]) END, false)`;

/**
 * Where the page after the cursor ($1) and below the visibility barrier ($2) ends: its last `seq`
 * and how many rows it spans (at most $3). A range scan of the primary key's entries.
 */
const PAGE_END_SQL = `SELECT max(seq) AS last, count(*)::int AS scanned FROM (SELECT seq FROM changes WHERE seq > $1 AND seq < $2 ORDER BY seq LIMIT $3) page`;

/**
 * The rows after the cursor ($1) up to the page's last `seq` ($2, at most $3 rows): a range scan of
 * the primary key, in `seq` order. The database writes the page's JSON: the rows the user may see,
 * each change's data as stored, so the server handles one string per page, not an object per row.
 */
export const PULL_SQL = `WITH page AS (SELECT seq, kind, entity_id, committee_id, owner_id, data FROM changes WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3)
SELECT string_agg('{"kind":' || to_json(kind)::text || ',"entityId":' || to_json(entity_id)::text || ',"data":' || data::text || '}', ',' ORDER BY seq)
         FILTER (WHERE ${VISIBLE}) AS changes
  FROM page`;

export interface PulledPage {
  cursor: string;
  hasMore: boolean;
  /**
   * The UTF-8 bytes of the page's `PullResponse` JSON, in pieces, the first at once: the answer's
   * headers go out before the database writes the page, and the client asks for the next page
   * while it does.
   */
  body: AsyncIterable<Buffer>;
}

/**
 * One page of changes after `cursor`. The cursor moves past rows the actor may not see, so each page
 * costs at most `limit` rows of the index. Its end is fixed first, below the visibility barrier;
 * the rows up to it are final, so reading them later, in a newer snapshot, gives the same page.
 */
export async function pullPage(db: Queryable, actor: Actor, cursor: Cursor, limit: number): Promise<PulledPage> {
  const [where] = (await db.query<{ epoch: string; below: number | null }>(
    `SELECT (SELECT id FROM database_epoch) AS epoch, ${needsVisibilityBarrier(db) ? 'changes_visible_below()' : 'NULL::bigint'} AS below`,
  )) as [{ epoch: string; below: number | null }];
  const after = cursor.epoch === where.epoch ? cursor.seq : START.seq;
  const below = where.below ?? NO_BARRIER;
  const [end] = (await db.query<{ last: number | null; scanned: number }>(PAGE_END_SQL, [after, below, limit])) as [{ last: number | null; scanned: number }];
  const last = end.last ?? after;
  const next = encodeCursor({ epoch: where.epoch, seq: last }, actor.viewVersion);
  const hasMore = end.scanned === limit;
  async function* body() {
    yield Buffer.from('{"changes":[');
    if (end.scanned > 0) yield await db.queryBytes(PULL_SQL, [after, last, limit, actor.id, actor.role, actor.committeeIds, MAX_ID_LENGTH]);
    yield Buffer.from(`],"cursor":${JSON.stringify(next)},"hasMore":${hasMore}}`);
  }
  return { cursor: next, hasMore, body: body() };
}

/** The same page, parsed. */
export async function pullChanges(db: Queryable, actor: Actor, cursor: Cursor, limit: number): Promise<{ changes: Change[]; cursor: string; hasMore: boolean }> {
  const pieces: Buffer[] = [];
  for await (const piece of (await pullPage(db, actor, cursor, limit)).body) pieces.push(piece);
  return JSON.parse(Buffer.concat(pieces).toString('utf8')) as { changes: Change[]; cursor: string; hasMore: boolean };
}
