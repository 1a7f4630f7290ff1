// Loading and storing a committee's position: the finished comments it is compiled from (the
// user's own and, for a signed-in secretary, the committee's comments pulled from the server),
// and the position itself, started from those comments the first time the notification is opened.
import type { Comment } from '../../shared/domain/comment';
import { addNewComments, startPosition } from '../../shared/compile/compilation';
import type { CommitteePosition, CommitteeRef } from '../../shared/compile/types';
import type { ReviewDb } from '../db/schema';
import type { SourceComment } from './CompileView';
import type { PositionRow } from '../db/compileRecords';

/** The committee of a position compiled on this computer without signing in. */
export const LOCAL_COMMITTEE_ID = 'local';

/**
 * Every finished comment on the notification available here, once each: the user's own (named
 * `ownName`) and the pulled ones of committee `committeeId` (of every committee when null).
 * The local copy of an own comment wins over the pulled one: it may be newer than the last push.
 */
export async function finishedSources(db: ReviewDb, notificationId: string, committeeId: string | null, ownName: string): Promise<SourceComment[]> {
  const [own, pulled] = await Promise.all([
    db.comments.where('[notificationId+status]').equals([notificationId, 'finished']).toArray(),
    db.remoteComments.where('notificationId').equals(notificationId).toArray(),
  ]);
  const byId = new Map<string, SourceComment>();
  for (const remote of pulled) {
    if (remote.server.withdrawn || remote.server.comment.status !== 'finished') continue;
    if (committeeId !== null && remote.committeeId !== committeeId) continue;
    byId.set(remote.id, { comment: remote.server.comment, authorName: remote.server.authorName });
  }
  for (const comment of own) byId.set(comment.id, { comment, authorName: byId.get(comment.id)?.authorName ?? ownName });
  return [...byId.values()];
}

export function positionRow(position: CommitteePosition, previous: PositionRow | null): PositionRow {
  return {
    ...position,
    committeeId: position.committee.id,
    updatedAt: new Date().toISOString(),
    serverLockedAt: previous?.serverLockedAt ?? null,
  };
}

/**
 * The stored position, with the comments finished since it was started appended (an approved one
 * stays as approved); a new position when there is none yet. `changed` says whether it must be stored.
 */
export async function loadPosition(db: ReviewDb, notificationId: string, committee: CommitteeRef, comments: readonly Comment[]): Promise<{ row: PositionRow; changed: boolean }> {
  const stored = await db.positions.get([notificationId, committee.id]);
  if (!stored) return { row: positionRow(startPosition(notificationId, committee, comments), null), changed: true };
  const updated = addNewComments(stored, comments);
  return updated === stored ? { row: stored, changed: false } : { row: { ...stored, ...updated }, changed: true };
}

export async function savePosition(db: ReviewDb, row: PositionRow): Promise<void> {
  await db.positions.put(row);
}

/** The approved positions of every committee on the notification, as the desk officer combines them. */
export async function approvedPositions(db: ReviewDb, notificationId: string): Promise<PositionRow[]> {
  const rows = await db.positions.where('notificationId').equals(notificationId).toArray();
  return rows.filter((row) => row.approved).sort((a, b) => a.committee.code.localeCompare(b.committee.code));
}
