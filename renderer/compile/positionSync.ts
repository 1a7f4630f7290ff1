// Queues an approved committee position for the sync server (mutation `position.put`), so the
// desk officer can pull it on their own computer. It travels with the outbox like comments do.
import type { CommitteePosition } from '../../shared/compile/types';
import type { ReviewDb } from '../db/schema';
import { enqueue } from '../sync/outbox';
import { positionOutboxKey } from '../db/syncRecords';

export async function queueApprovedPosition(db: ReviewDb, position: CommitteePosition): Promise<void> {
  if (!position.approved || !position.locked) throw new Error('only an approved position is sent to the server');
  await db.transaction('rw', db.outbox, db.syncState, async () => {
    await enqueue(db, {
      op: 'position.put',
      commentId: positionOutboxKey(position.notificationId, position.committee.id),
      // A plain copy: only the fields of CommitteePosition travel (the stored row has more).
      position: {
        notificationId: position.notificationId,
        committee: { id: position.committee.id, code: position.committee.code, name: position.committee.name },
        compiled: position.compiled,
        approved: position.approved,
        approvedAt: position.approvedAt,
        locked: position.locked,
      },
    });
  });
}
