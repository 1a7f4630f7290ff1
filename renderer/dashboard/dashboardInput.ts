// What the dashboard reads from the local store, and the compact copy it keeps of the two large
// parts: each notification's few fields, and each notification's first finished comment. Both are
// stored (as JSON text, in db.settings) with the state of the store they were made from, so that an
// unchanged store is one read of two strings instead of 50,000 notifications and 200,000 comments.
import { hsChapters, icsFields, type DashboardInput } from '../../shared/dashboard/commentRate';
import type { ReviewDb } from '../db/schema';

const VERSION = 2;
const NOTIFICATIONS_KEY = 'dashboard.notifications';
const FIRST_COMMENTS_KEY = 'dashboard.firstComments';
const PAGE_SIZE = 2000;

type DashboardNotification = DashboardInput['notifications'][number];
/** [notificationId, when its first comment was finished]. */
type FirstComment = [string, string];

interface Stored {
  state: string;
  json: string;
}

async function notificationsState(db: ReviewDb): Promise<string> {
  const [count, newest] = await Promise.all([db.notifications.count(), db.notifications.orderBy('updatedAt').lastKey()]);
  return `${VERSION}|${count}|${String(newest ?? '')}`;
}

/** Pulled comments change only with the sync cursor; own comments change their updatedAt. */
async function commentsState(db: ReviewDb): Promise<string> {
  const [remote, cursor, own, newest] = await Promise.all([db.remoteComments.count(), db.syncState.get('cursor'), db.comments.count(), db.comments.orderBy('updatedAt').lastKey()]);
  return `${VERSION}|${remote}|${String(cursor?.value ?? '')}|${own}|${String(newest ?? '')}`;
}

async function* pages<T extends { id: string }>(table: ReviewDb['notifications'] | ReviewDb['remoteComments'], map: (row: never) => T | null): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await (after === null ? table.orderBy('id') : table.where('id').above(after)).limit(PAGE_SIZE).toArray();
    if (rows.length === 0) return;
    yield rows.map((row) => map(row as never)).filter((row): row is T => row !== null);
    after = rows[rows.length - 1]!.id;
  }
}

async function readNotifications(db: ReviewDb): Promise<DashboardNotification[]> {
  const result: DashboardNotification[] = [];
  for await (const page of pages(db.notifications, (n: DashboardNotification) => ({
    id: n.id,
    memberCode: n.memberCode,
    distributionDate: n.distributionDate,
    finalDateForComments: n.finalDateForComments,
    // Only the chapter and field count: kept as codes of their own (a chapter's chapter is itself),
    // so the copy is smaller and the counting does less.
    hsCodes: hsChapters(n.hsCodes).map((code) => ({ code })),
    icsCodes: icsFields(n.icsCodes).map((code) => ({ code })),
  })))
    result.push(...page);
  return result;
}

async function readFirstComments(db: ReviewDb): Promise<FirstComment[]> {
  const first = new Map<string, string>();
  const see = (notificationId: string, at: string) => {
    const seen = first.get(notificationId);
    if (!seen || at < seen) first.set(notificationId, at);
  };
  type Remote = { id: string; notificationId: string; server: { withdrawn: boolean; comment: { status: string; updatedAt: string } } };
  for await (const page of pages(db.remoteComments, (r: Remote) => (r.server.withdrawn || r.server.comment.status !== 'finished' ? null : { id: r.id, notificationId: r.notificationId, at: r.server.comment.updatedAt })))
    for (const c of page) see(c.notificationId, c.at);
  for (const c of await db.comments.toArray()) if (c.status === 'finished') see(c.notificationId, c.updatedAt);
  return [...first];
}

async function cached<T>(db: ReviewDb, key: string, state: string, read: () => Promise<T>): Promise<T> {
  const stored = (await db.settings.get(key))?.value as Stored | undefined;
  if (stored?.state === state) return JSON.parse(stored.json) as T;
  const value = await read();
  await db.settings.put({ key, value: { state, json: JSON.stringify(value) } satisfies Stored });
  return value;
}

/** The dashboard's input from the local store, and the committee codes positions name. */
export async function readDashboardInput(db: ReviewDb): Promise<{ input: DashboardInput; committeeCodes: Record<string, string> }> {
  const [notifications, firstComments, assignments, positions, sendingRecords] = await Promise.all([
    notificationsState(db).then((state) => cached(db, NOTIFICATIONS_KEY, state, () => readNotifications(db))),
    commentsState(db).then((state) => cached(db, FIRST_COMMENTS_KEY, state, () => readFirstComments(db))),
    // The primary key [notificationId, committeeId] is all the dashboard needs: a key-only read.
    db.assignments.toCollection().primaryKeys(),
    db.positions.toArray(),
    db.sendingRecords.toArray(),
  ]);
  const committeeCodes: Record<string, string> = {};
  for (const p of positions) committeeCodes[p.committeeId] = p.committee.code;
  return {
    input: {
      notifications,
      assignments: assignments.map(([notificationId, committeeId]) => ({ notificationId, committeeId })),
      comments: firstComments.map(([notificationId, updatedAt]) => ({ notificationId, status: 'finished' as const, updatedAt })),
      positions: positions.map((p) => ({ notificationId: p.notificationId, committeeId: p.committeeId, approved: p.approved })),
      sendingRecords: sendingRecords.map((r) => ({ notificationId: r.notificationId, sentAt: r.sentAt })),
    },
    committeeCodes,
  };
}
