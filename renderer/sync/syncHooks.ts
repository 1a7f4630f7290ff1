// The hooks the header and the screens read the sync state with. They do not import the engine:
// the status starts as STARTING_STATUS and follows the engine once its code has loaded, so the
// first screen does not wait for the sync code and its schemas.
import { useEffect, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';
import { i18n } from '../i18n';
import type { SyncStatus } from './engine';
import { getState, type Rejection } from './syncState';
import { STARTING_STATUS } from './syncStatus';

let status: SyncStatus = STARTING_STATUS;
const listeners = new Set<() => void>();
let engineLoading: Promise<unknown> | null = null;

/** Loads and starts the app's sync engine (once), then follows its status. */
export function startAppSync(): void {
  engineLoading ??= import('./appEngine').then(({ appEngine }) => {
    const engine = appEngine();
    const follow = (next: SyncStatus) => {
      status = next;
      for (const listener of listeners) listener();
    };
    engine.subscribe(follow);
    follow(engine.getStatus());
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  useEffect(startAppSync, []);
  return useSyncExternalStore(subscribe, () => status);
}

export function useSyncCounts(): { waiting: number; conflicts: number; refused: number } {
  return useLiveQuery(
    async () => ({ waiting: await db.outbox.count(), conflicts: await db.conflicts.count(), refused: ((await getState(db, 'rejections')) ?? []).length }),
    [],
    { waiting: 0, conflicts: 0, refused: 0 },
  );
}

const NO_REJECTIONS = new Map<string, Rejection>();

/** The changes the server refused for good, by comment id. */
export function useRejections(): Map<string, Rejection> {
  return useLiveQuery(async () => new Map(((await getState(db, 'rejections')) ?? []).map((r) => [r.commentId, r])), [], NO_REJECTIONS);
}

/** A moment shown to the user: date and time in the current language (today: time only). */
export function formatDateTime(iso: string | null | undefined, language = i18n.language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const today = new Date().toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(language, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
