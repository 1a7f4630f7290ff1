// What the secretary's and desk officer's screens keep in the local store (Dexie version 4, see
// renderer/db/schema.ts).
import type { CommitteePosition } from '../../shared/compile/types';
import type { SendingRecord } from '../../shared/compile/sending';

/** A committee's position on a notification, keyed by [notificationId, committeeId]. */
export interface PositionRow extends CommitteePosition {
  /** Equal to committee.id; kept flat for the key. */
  committeeId: string;
  updatedAt: string;
  /** When the server accepted the lock; null while it is recorded on this computer only. */
  serverLockedAt: string | null;
}

/** What happened after the submission was sent, one per notification. */
export type SendingRecordRow = SendingRecord;
