// Every write of a comment goes through here, so that a finished comment (or a revision or
// withdrawal of one) enters the outbox in the same transaction as the change itself: if either
// write fails, neither happens. Drafts never enter the outbox.
import type { Comment } from '../../shared/domain/comment';
import { finishIssues } from '../../shared/schemas/comment';
import type { ReviewDb } from '../db/schema';
import { getState, setState } from './syncState';
import type { OutboxEntry } from '../db/syncRecords';
import { forgetRejection } from './rejections';

type NewEntry = OutboxEntry extends infer E ? (E extends OutboxEntry ? Omit<E, 'id' | 'queuedAt'> : never) : never;

/** Adds an entry with the next mutation id. Call inside a transaction over outbox and syncState. */
export async function enqueue(db: ReviewDb, entry: NewEntry): Promise<OutboxEntry> {
  const id = (await getState(db, 'nextMutationId')) ?? 1;
  const full = { ...entry, id, queuedAt: new Date().toISOString() } as OutboxEntry;
  await db.outbox.add(full);
  await setState(db, 'nextMutationId', id + 1);
  return full;
}

export class IncompleteCommentError extends Error {
  constructor(readonly commentId: string) {
    super(`comment ${commentId} is not complete enough to be finished`);
  }
}

/** The comment without its timestamps, to tell a real revision from a repeated save. */
function content(comment: Comment): string {
  const { updatedAt: _u, createdAt: _c, ...rest } = comment;
  return JSON.stringify(rest);
}

/**
 * Saves a comment. One that becomes finished, or is revised while finished, is queued for the
 * server; saving a finished comment again unchanged queues nothing.
 */
export async function saveComment(db: ReviewDb, comment: Comment): Promise<void> {
  await db.transaction('rw', db.comments, db.outbox, db.syncState, async () => {
    const previous = await db.comments.get(comment.id);
    await db.comments.put(comment);
    if (comment.status !== 'finished') return;
    if (previous?.status === 'finished' && content(previous) === content(comment)) return;
    // The server refuses a whole push over one incomplete comment, so none may be queued.
    if (finishIssues(comment).length > 0) throw new IncompleteCommentError(comment.id);
    await enqueue(db, { op: 'comment.put', commentId: comment.id, comment });
    // Sent again: a refusal of an earlier version no longer applies.
    await forgetRejection(db, comment.id);
  });
}

/**
 * Deletes a comment. If the server has it (or it is queued for the server), a withdrawal is
 * queued in the same transaction, so the server's copy is withdrawn rather than left behind.
 */
export async function deleteComment(db: ReviewDb, commentId: string): Promise<void> {
  await db.transaction('rw', [db.comments, db.outbox, db.syncState, db.commentBases], async () => {
    const comment = await db.comments.get(commentId);
    await db.comments.delete(commentId);
    await forgetRejection(db, commentId);
    const known = (await db.commentBases.get(commentId)) !== undefined;
    const queued = await db.outbox.where('commentId').equals(commentId).reverse().sortBy('id');
    const alreadyWithdrawn = queued[0]?.op === 'comment.withdraw';
    if ((known || queued.length > 0) && !alreadyWithdrawn && comment) {
      await enqueue(db, { op: 'comment.withdraw', commentId, notificationId: comment.notificationId });
    }
  });
}

/** How many changes wait for the server. */
export function waitingCount(db: ReviewDb): Promise<number> {
  return db.outbox.count();
}
