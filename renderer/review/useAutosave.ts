// Saves comments to IndexedDB on every change (see coalescingWriter) and pushes out whatever is
// pending when the page is hidden or closed, or the screen is left.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Comment } from '../../shared/domain/comment';
import { db } from '../db/schema';
import { saveComment } from '../sync/outbox';
import { createCoalescingWriter, type CoalescingWriter, type SaveState } from '../lib/coalescingWriter';

export function useAutosave(): { writer: CoalescingWriter<Comment>; saveState: SaveState } {
  const writer = useMemo(() => createCoalescingWriter<Comment>((comment) => saveComment(db, comment)), []);
  const saveState = useSyncExternalStore(writer.subscribe, writer.state);
  useEffect(() => {
    const flush = () => void writer.flush();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      flush();
    };
  }, [writer]);
  return { writer, saveState };
}
