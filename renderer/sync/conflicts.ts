// Resolving a conflict: the server had a newer version than the one this device's change was
// based on. Whatever the user picks, the local copy is now based on the server's version; keeping
// mine or a merge queues a new mutation on top of it, so nothing on either side is overwritten
// unseen.
import type { Comment } from '../../shared/domain/comment';
import { finishIssues } from '../../shared/schemas/comment';
import type { ReviewDb } from '../db/schema';
import { enqueue } from './outbox';

export type Resolution = { choice: 'mine' } | { choice: 'theirs' } | { choice: 'merged'; comment: Comment };

export async function resolveConflict(db: ReviewDb, commentId: string, resolution: Resolution): Promise<void> {
  await db.transaction('rw', [db.conflicts, db.comments, db.commentBases, db.outbox, db.syncState], async () => {
    const conflict = await db.conflicts.get(commentId);
    if (!conflict) return;
    await db.commentBases.put({ commentId, version: conflict.server.version });
    const now = new Date().toISOString();
    if (resolution.choice === 'theirs') {
      // The server already holds this version: adopt it here, nothing to send.
      if (conflict.server.withdrawn) await db.comments.delete(commentId);
      else await db.comments.put({ ...conflict.server.comment, status: 'finished' });
    } else if (resolution.choice === 'merged') {
      const merged: Comment = { ...resolution.comment, id: commentId, status: 'finished', updatedAt: now };
      if (finishIssues(merged).length > 0) throw new Error('a merged comment must be complete to be finished');
      await db.comments.put(merged);
      await enqueue(db, { op: 'comment.put', commentId, comment: merged });
    } else if (conflict.mine) {
      const mine: Comment = { ...conflict.mine, status: 'finished', updatedAt: now };
      // A local copy reopened as a draft since stays a draft; otherwise it shows what was kept.
      const local = await db.comments.get(commentId);
      if (!local || local.status === 'finished') await db.comments.put(mine);
      await enqueue(db, { op: 'comment.put', commentId, comment: mine });
    } else {
      await enqueue(db, { op: 'comment.withdraw', commentId, notificationId: conflict.notificationId });
    }
    await db.conflicts.delete(commentId);
  });
}
