// Which comments on a notification the committee's approval has locked, as the review screen
// shows them: the sources of a position approved on this computer, and every finished comment of a
// committee whose compilation the server reports locked (the pulled lock flag).
import { lockedSourceIds } from '../../shared/compile/compilation';
import type { Comment } from '../../shared/domain/comment';
import type { ReviewDb } from '../db/schema';

export interface CommentLocks {
  /** Source comments of positions approved here. */
  sourceIds: Set<string>;
  /** The server locked a compilation of this notification for one of the committees known here. */
  serverLocked: boolean;
}

export async function commentLocks(db: ReviewDb, notificationId: string): Promise<CommentLocks> {
  const [positions, assignments] = await Promise.all([
    db.positions.where('notificationId').equals(notificationId).toArray(),
    db.assignments.where('notificationId').equals(notificationId).toArray(),
  ]);
  return {
    sourceIds: new Set(positions.flatMap((position) => lockedSourceIds(position))),
    serverLocked: assignments.some((assignment) => assignment.locked),
  };
}

/** A locked comment cannot be reopened, revised or deleted. Drafts stay editable: no position includes them. */
export function isLocked(locks: CommentLocks | undefined, comment: Comment): boolean {
  if (!locks || comment.status !== 'finished') return false;
  return locks.serverLocked || locks.sourceIds.has(comment.id);
}
