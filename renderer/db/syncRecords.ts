// What the sync engine keeps in the local store (Dexie version 3, see renderer/db/schema.ts).
import type { Comment } from '../../shared/domain/comment';
import type { ServerComment } from '../../shared/sync/protocol';
import type { CommitteePosition } from '../../shared/compile/types';

/**
 * One change waiting for the server. `id` is the mutation id, taken from a per-device counter in
 * the same transaction that writes the change, so ids are consecutive and never reused.
 * The version it is based on is looked up when it is sent (see push.ts).
 */
export type OutboxEntry =
  | { id: number; op: 'comment.put'; commentId: string; comment: Comment; queuedAt: string }
  | { id: number; op: 'comment.withdraw'; commentId: string; notificationId: string; queuedAt: string }
  /** An approved committee position; `commentId` is positionOutboxKey(...), so one travels per request. */
  | { id: number; op: 'position.put'; commentId: string; position: CommitteePosition; queuedAt: string };

/** The outbox key of a committee position (never a comment id: those are UUIDs). */
export function positionOutboxKey(notificationId: string, committeeId: string): string {
  return `position:${notificationId} ${committeeId}`;
}

/** Key-value rows: clientId, nextMutationId, cursor, lastSyncAt, session, … (see syncState.ts). */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** The server version this device's copy of a comment is based on (set by acknowledgements and conflict resolution). */
export interface CommentBase {
  commentId: string;
  version: number;
}

/** A push the server refused because its base was stale: the user decides (conflict screen). */
export interface SyncConflict {
  commentId: string;
  notificationId: string;
  /** What this device sent: the finished comment, or null for a withdrawal. */
  mine: Comment | null;
  server: ServerComment;
  detectedAt: string;
}

/** A finished comment as pulled from the server (the user's own, or for secretaries the committee's). */
export interface RemoteComment {
  id: string;
  notificationId: string;
  committeeId: string;
  server: ServerComment;
}

/** A notification's assignment to a committee, as pulled. */
export interface Assignment {
  notificationId: string;
  committeeId: string;
  expertIds: string[];
  locked: boolean;
}

/** A PDF whose metadata arrived but whose bytes are still to be downloaded. */
export interface PendingFile {
  sha256: string;
  kind: 'document' | 'standard';
  entityId: string;
  fileName: string;
  byteLength: number;
}
