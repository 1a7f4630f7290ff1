// Applying pulled changes: each page in one transaction together with the cursor it leads to, so
// a restart resumes after the last page that was stored, never skipping or half-applying one.
import type { Notification } from '../../shared/domain/notification';
import type { Change, ServerComment, ServerPosition } from '../../shared/sync/protocol';
import type { ReviewDb } from '../db/schema';
import { importNotifications } from '../db/notificationStore';
import { putDocuments, putStandards } from '../db/files';
import { setState } from './syncState';

async function needFile(db: ReviewDb, file: { sha256: string; kind: 'document' | 'standard'; entityId: string; fileName: string; byteLength: number }) {
  if ((await db.files.where('sha256').equals(file.sha256).count()) === 0) await db.pendingFiles.put(file);
}

/**
 * The user's own finished comment as the server has it (written on another device, or before this
 * store was new): adopted into the user's comments unless this device has something of its own
 * pending for it (a queued change, a conflict, a reopened draft) or already knows this version.
 */
async function adoptOwnComment(db: ReviewDb, server: ServerComment): Promise<void> {
  const id = server.comment.id;
  const known = (await db.commentBases.get(id))?.version ?? 0;
  if (server.version <= known) return;
  if ((await db.outbox.where('commentId').equals(id).count()) > 0 || (await db.conflicts.get(id))) return;
  const local = await db.comments.get(id);
  if (local && local.status !== 'finished') return;
  if (server.withdrawn) await db.comments.delete(id);
  else await db.comments.put({ ...server.comment, status: 'finished' });
  await db.commentBases.put({ commentId: id, version: server.version });
}

/**
 * An approved committee position: stored for the desk officer's submission (and the secretary's
 * other devices) unless this device holds a newer copy of its own.
 */
async function adoptPosition(db: ReviewDb, server: ServerPosition): Promise<void> {
  const { position } = server;
  const local = await db.positions.get([position.notificationId, server.committeeId]);
  if (local && local.updatedAt > server.updatedAt) return;
  await db.positions.put({ ...position, committeeId: server.committeeId, updatedAt: server.updatedAt, serverLockedAt: local?.serverLockedAt ?? server.updatedAt });
}

/** Applies one page of changes for the user `userId` and stores the cursor after it, in one transaction. */
export async function applyPulledPage(db: ReviewDb, changes: Change[], cursor: string, userId: string): Promise<void> {
  const tables = [db.notifications, db.documents, db.standards, db.files, db.comments, db.remoteComments, db.assignments, db.pendingFiles, db.syncState, db.commentBases, db.outbox, db.conflicts, db.positions, db.committeeScopes];
  await db.transaction('rw', tables, async () => {
    const notifications = new Map<string, Notification>();
    for (const change of changes) {
      switch (change.kind) {
        case 'notification': {
          const { notification, committeeId, expertIds, locked } = change.data;
          notifications.set(change.entityId, notification as unknown as Notification);
          await db.assignments.put({ notificationId: change.entityId, committeeId, expertIds, locked });
          break;
        }
        case 'unassigned': {
          const { notificationId, committeeId } = change.data;
          await db.assignments.delete([notificationId, committeeId]);
          // Drop the notification unless another committee still has it or the user wrote on it.
          const stillAssigned = await db.assignments.where('notificationId').equals(notificationId).count();
          const written = await db.comments.where('notificationId').equals(notificationId).count();
          if (stillAssigned === 0 && written === 0) {
            notifications.delete(notificationId);
            await db.notifications.delete(notificationId);
          }
          break;
        }
        case 'document':
          await putDocuments(db, [change.data], 'server');
          await needFile(db, { sha256: change.data.sha256, kind: 'document', entityId: change.data.id, fileName: change.data.fileName, byteLength: change.data.byteLength });
          break;
        case 'standard':
          await putStandards(db, [change.data], 'server');
          await needFile(db, { sha256: change.data.sha256, kind: 'standard', entityId: change.data.id, fileName: change.data.fileName, byteLength: change.data.byteLength });
          break;
        case 'comment': {
          const server = change.data;
          await db.remoteComments.put({ id: server.comment.id, notificationId: server.comment.notificationId, committeeId: server.committeeId, server });
          if (server.authorId === userId) await adoptOwnComment(db, server);
          break;
        }
        case 'lock':
          await db.assignments.update([change.data.notificationId, change.data.committeeId], { locked: change.data.locked });
          break;
        case 'position':
          await adoptPosition(db, change.data);
          break;
        case 'scope':
          await db.committeeScopes.put(change.data);
          break;
      }
    }
    if (notifications.size) await importNotifications(db, [...notifications.values()]);
    await setState(db, 'cursor', cursor);
  });
}
