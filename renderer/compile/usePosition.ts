// The committee's position as the compile screen edits it: loaded (or started) once its sources
// are known, kept in React state, and saved to IndexedDB on every change (see coalescingWriter).
// Comments finished later (written here or pulled) are appended while the position is open.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { addNewComments } from '../../shared/compile/compilation';
import type { CommitteePosition, CommitteeRef } from '../../shared/compile/types';
import { db } from '../db/schema';
import { createCoalescingWriter, type SaveState } from '../lib/coalescingWriter';
import type { SourceComment } from './CompileView';
import { loadPosition, positionRow, savePosition } from './positionStore';
import type { PositionRow } from '../db/compileRecords';

export interface PositionState {
  row: PositionRow | null;
  saveState: SaveState;
  /** Stores a changed position; `patch` sets the row's own fields (e.g. serverLockedAt). */
  change(position: CommitteePosition, patch?: Partial<Pick<PositionRow, 'serverLockedAt'>>): PositionRow | null;
}

const keyOf = (notificationId: string, committeeId: string) => `${notificationId}\u0000${committeeId}`;

export function usePosition(notificationId: string, committee: CommitteeRef, sources: SourceComment[] | undefined): PositionState {
  const writer = useMemo(() => createCoalescingWriter<PositionRow>((row) => savePosition(db, row)), []);
  const saveState = useSyncExternalStore(writer.subscribe, writer.state);
  const [row, setRow] = useState<PositionRow | null>(null);
  // The latest row, read by the effects below without re-running them on every edit.
  const current = useRef<PositionRow | null>(null);
  const key = keyOf(notificationId, committee.id);

  const store = (next: PositionRow) => {
    current.current = next;
    setRow(next);
    writer.write(keyOf(next.notificationId, next.committeeId), next);
  };

  useEffect(() => {
    if (!sources) return;
    const comments = sources.map((s) => s.comment);
    const open = current.current;
    if (open && keyOf(open.notificationId, open.committeeId) === key) {
      const updated = addNewComments(open, comments);
      if (updated !== open) store({ ...open, ...updated, updatedAt: new Date().toISOString() });
      return;
    }
    let cancelled = false;
    void writer.flush().then(async () => {
      const loaded = await loadPosition(db, notificationId, committee, comments);
      if (cancelled) return;
      if (loaded.changed) store(loaded.row);
      else {
        current.current = loaded.row;
        setRow(loaded.row);
      }
    });
    return () => {
      cancelled = true;
    };
    // `committee` is identified by its id; `store` only writes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sources, key]);

  useEffect(() => {
    const flush = () => void writer.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [writer]);

  const change: PositionState['change'] = (position, patch = {}) => {
    const previous = current.current;
    if (!previous) return null;
    const next = { ...positionRow(position, previous), ...patch };
    store(next);
    return next;
  };

  return { row: row && keyOf(row.notificationId, row.committeeId) === key ? row : null, saveState, change };
}
