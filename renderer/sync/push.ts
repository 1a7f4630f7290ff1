// Pushing the outbox: the oldest entries in id order, consecutive, at most one per comment per
// request (a comment's next revision is based on the version the previous one gets), and the
// server's answers written back in one transaction with the removal of the settled entries.
import { MAX_MUTATIONS_PER_PUSH, type Mutation, type MutationResult } from '../../shared/sync/protocol';
import type { ReviewDb } from '../db/schema';
import type { OutboxEntry } from '../db/syncRecords';
import { setState, type Rejection } from './syncState';
import { addRejections } from './rejections';

/** The oldest outbox entries that may travel together. */
export async function takeBatch(db: ReviewDb, max = MAX_MUTATIONS_PER_PUSH): Promise<OutboxEntry[]> {
  const oldest = await db.outbox.orderBy('id').limit(max).toArray();
  const batch: OutboxEntry[] = [];
  const comments = new Set<string>();
  for (const entry of oldest) {
    if (comments.has(entry.commentId)) break;
    if (batch.length > 0 && entry.id !== batch[batch.length - 1]!.id + 1) break;
    comments.add(entry.commentId);
    batch.push(entry);
  }
  return batch;
}

/**
 * The committee a comment is filed under: the assignment of its notification to one of the
 * user's committees, else the user's first committee (the server then answers not_assigned).
 */
async function committeeFor(db: ReviewDb, notificationId: string, userCommittees: string[]): Promise<string> {
  const assignments = await db.assignments.where('notificationId').equals(notificationId).toArray();
  const mine = assignments.find((a) => userCommittees.includes(a.committeeId));
  return mine?.committeeId ?? assignments[0]?.committeeId ?? userCommittees[0] ?? 'none';
}

/** The request body for a batch: each entry based on the version this device last saw acknowledged. */
export async function toMutations(db: ReviewDb, batch: OutboxEntry[], userCommittees: string[]): Promise<Mutation[]> {
  const mutations: Mutation[] = [];
  for (const entry of batch) {
    if (entry.op === 'position.put') {
      mutations.push({ id: entry.id, op: 'position.put', position: entry.position });
      continue;
    }
    const base = (await db.commentBases.get(entry.commentId))?.version ?? null;
    if (entry.op === 'comment.put') {
      const committeeId = await committeeFor(db, entry.comment.notificationId, userCommittees);
      mutations.push({ id: entry.id, op: 'comment.put', committeeId, baseVersion: base, comment: entry.comment });
    } else {
      // A withdrawal of a comment whose put was never acknowledged has no base; 1 lets the server
      // answer not_found (it never had it) or conflict (it has another version).
      mutations.push({ id: entry.id, op: 'comment.withdraw', commentId: entry.commentId, baseVersion: base ?? 1 });
    }
  }
  return mutations;
}

/** Writes the server's answers and drops the settled entries, all in one transaction. */
export async function applyPushResults(db: ReviewDb, ackedThrough: number, results: MutationResult[]): Promise<void> {
  await db.transaction('rw', [db.outbox, db.commentBases, db.conflicts, db.syncState, db.comments], async () => {
    const rejections: Rejection[] = [];
    const now = new Date().toISOString();
    for (const result of results) {
      const entry = await db.outbox.get(result.id);
      if (!entry) continue; // settled by an earlier answer
      if (entry.op === 'position.put') {
        if (result.status === 'rejected') rejections.push({ commentId: entry.commentId, reason: result.reason, at: now });
      } else if (result.status === 'applied') {
        await db.commentBases.put({ commentId: entry.commentId, version: result.version });
      } else if (result.status === 'conflict') {
        const notificationId = entry.op === 'comment.put' ? entry.comment.notificationId : entry.notificationId;
        const mine = entry.op === 'comment.put' ? entry.comment : null;
        await db.conflicts.put({ commentId: entry.commentId, notificationId, mine, server: result.server, detectedAt: now });
      } else {
        rejections.push({ commentId: entry.commentId, reason: result.reason, at: now });
      }
    }
    await addRejections(db, rejections);
    await db.outbox.where('id').belowOrEqual(ackedThrough).delete();
  });
}

/**
 * The server applied up to `ackedThrough` but our oldest entry comes later (its database was
 * restored, or this is another server): number the waiting entries on from there. Nothing is
 * dropped; the server never saw the missing ids.
 */
export async function renumberOutbox(db: ReviewDb, ackedThrough: number): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncState, async () => {
    const entries = await db.outbox.orderBy('id').toArray();
    if (entries.length === 0 || entries[0]!.id <= ackedThrough + 1) return;
    await db.outbox.clear();
    let next = ackedThrough + 1;
    for (const entry of entries) await db.outbox.add({ ...entry, id: next++ });
    await setState(db, 'nextMutationId', next);
  });
}
