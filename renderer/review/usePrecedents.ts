// The precedents for the notification under review, from what is stored on this device: the
// user's own comments, colleagues' comments pulled for a secretary, and the committee positions and
// sending records synced to the user (the server sends each user only what they may see).
// Indexed once per session and again only after the stored data changed, when the next review
// opens, not live: autosave writes comments on every pause in typing, and past comments do not
// change under the reviewer's hands.
import { useEffect, useMemo, useState } from 'react';
import Dexie from 'dexie';
import type { Notification } from '../../shared/domain/notification';
import { indexPrecedents, notificationText, precedentQuery, precedentSources, rankPrecedents, type PrecedentIndex, type RankedPrecedent } from '../../shared/precedents';
import { db } from '../db/schema';

const SOURCE_TABLES = [db.notifications, db.comments, db.remoteComments, db.positions, db.sendingRecords].map((table) => `idb://${db.name}/${table.name}/`);

// Only the notifications that have a comment or a position are read: the list may hold 50,000.
async function loadIndex(): Promise<PrecedentIndex> {
  const [comments, pulled, positions, sendingRecords] = await Promise.all([db.comments.toArray(), db.remoteComments.toArray(), db.positions.toArray(), db.sendingRecords.toArray()]);
  const own = new Set(comments.map((c) => c.id));
  const colleagues = pulled.filter((r) => !r.server.withdrawn && !own.has(r.id)).map((r) => r.server.comment);
  const allComments = [...comments, ...colleagues];
  const sourceIds = [...new Set([...allComments.map((c) => c.notificationId), ...positions.map((p) => p.notificationId)])];
  const notifications = (await db.notifications.bulkGet(sourceIds)).filter((n) => n !== undefined);
  const byId = new Map(notifications.map((n) => [n.id, n]));
  const sources = precedentSources({ notifications, comments: allComments, positions, sendingRecords });
  return indexPrecedents(sources, (id) => notificationText(byId.get(id)));
}

let storeVersion = 0;
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => SOURCE_TABLES.some((table) => part.startsWith(table)))) storeVersion++;
});
let built: { storeVersion: number; index: Promise<PrecedentIndex> } | null = null;

function precedentIndex(): Promise<PrecedentIndex> {
  if (!built || built.storeVersion !== storeVersion) built = { storeVersion, index: loadIndex() };
  return built.index;
}

export function usePrecedents(notification: Notification | null, draftStandard: string): RankedPrecedent[] | undefined {
  const [loaded, setLoaded] = useState<{ notificationId: string; index: PrecedentIndex } | null>(null);
  const notificationId = notification?.id;
  useEffect(() => {
    if (!notificationId) return;
    let current = true;
    void precedentIndex().then((index) => {
      if (current) setLoaded({ notificationId, index });
    });
    return () => {
      current = false;
    };
  }, [notificationId]);
  const index = loaded && loaded.notificationId === notificationId ? loaded.index : null;
  return useMemo(() => (index && notification ? rankPrecedents(index, precedentQuery(notification, draftStandard)) : undefined), [index, notification, draftStandard]);
}
