// The precedents for the notification under review, from what is stored on this device: the
// user's own comments, colleagues' comments pulled for a secretary, and the committee positions and
// sending records synced to the user (the server sends each user only what they may see).
// Indexed once per notification opened, not live: autosave writes comments on every pause in
// typing, and past comments do not change under the reviewer's hands.
import { useEffect, useMemo, useState } from 'react';
import type { Notification } from '../../shared/domain/notification';
import { indexPrecedents, notificationText, precedentQuery, precedentSources, rankPrecedents, type PrecedentIndex, type RankedPrecedent } from '../../shared/precedents';
import { db } from '../db/schema';

async function loadIndex(): Promise<PrecedentIndex> {
  const [notifications, comments, pulled, positions, sendingRecords] = await Promise.all([
    db.notifications.toArray(),
    db.comments.toArray(),
    db.remoteComments.toArray(),
    db.positions.toArray(),
    db.sendingRecords.toArray(),
  ]);
  const own = new Set(comments.map((c) => c.id));
  const colleagues = pulled.filter((r) => !r.server.withdrawn && !own.has(r.id)).map((r) => r.server.comment);
  const byId = new Map(notifications.map((n) => [n.id, n]));
  const sources = precedentSources({ notifications, comments: [...comments, ...colleagues], positions, sendingRecords });
  return indexPrecedents(sources, (id) => notificationText(byId.get(id)));
}

export function usePrecedents(notification: Notification | null, draftStandard: string): RankedPrecedent[] | undefined {
  const [loaded, setLoaded] = useState<{ notificationId: string; index: PrecedentIndex } | null>(null);
  const notificationId = notification?.id;
  useEffect(() => {
    if (!notificationId) return;
    let current = true;
    void loadIndex().then((index) => {
      if (current) setLoaded({ notificationId, index });
    });
    return () => {
      current = false;
    };
  }, [notificationId]);
  const index = loaded && loaded.notificationId === notificationId ? loaded.index : null;
  return useMemo(() => (index && notification ? rankPrecedents(index, precedentQuery(notification, draftStandard)) : undefined), [index, notification, draftStandard]);
}
