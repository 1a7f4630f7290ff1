// The app's one sync engine, started on first use, and the hooks the screens read it with.
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';
import { i18n } from '../i18n';
import { SyncEngine, type SyncStatus } from './engine';
import { defaultTokenStore } from './tokenStore';
import { getState, type Rejection } from './syncState';

let engine: SyncEngine | null = null;

export function appEngine(): SyncEngine {
  if (!engine) {
    engine = new SyncEngine({ db, tokens: defaultTokenStore() });
    void engine.start();
  }
  return engine;
}

export function useSyncStatus(): SyncStatus {
  const e = appEngine();
  return useSyncExternalStore(e.subscribe, e.getStatus);
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
