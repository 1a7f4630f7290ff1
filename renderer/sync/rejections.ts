// Changes the server refused for good (a comment sent after the compilation was locked, …): kept
// so that the header, the comment list and the editor show them, until the user sends the comment
// again, deletes it, or dismisses the notice.
import type { ReviewDb } from '../db/schema';
import { getState, setState, type Rejection } from './syncState';

const MAX_REJECTIONS_KEPT = 50;

/** Records refusals, newest first. Call inside a transaction over syncState. */
export async function addRejections(db: ReviewDb, rejections: Rejection[]): Promise<void> {
  if (rejections.length === 0) return;
  const refused = new Set(rejections.map((r) => r.commentId));
  const kept = ((await getState(db, 'rejections')) ?? []).filter((r) => !refused.has(r.commentId));
  await setState(db, 'rejections', [...rejections, ...kept].slice(0, MAX_REJECTIONS_KEPT));
}

/** Forgets the refusal of a comment (sent again, deleted, or dismissed). Call inside a transaction over syncState. */
export async function forgetRejection(db: ReviewDb, commentId: string): Promise<void> {
  const kept = (await getState(db, 'rejections')) ?? [];
  if (kept.some((r) => r.commentId === commentId)) await setState(db, 'rejections', kept.filter((r) => r.commentId !== commentId));
}

/** The user has read the notice and keeps the comment on this device only. */
export function dismissRejection(db: ReviewDb, commentId: string): Promise<void> {
  return db.transaction('rw', db.syncState, () => forgetRejection(db, commentId));
}
