// Small durable values of the sync engine, one row each in the syncState table.
import type { SessionUser } from '../../shared/sync/protocol';
import type { ReviewDb } from '../db/schema';

/** Who is signed in, where; the token itself is kept apart (see tokenStore.ts). */
export interface SessionInfo {
  serverUrl: string;
  user: SessionUser;
  expiresAt: string;
}

/** A mutation the server refused for good (locked compilation, not assigned, …), kept to be shown. */
export interface Rejection {
  commentId: string;
  reason: string;
  at: string;
}

interface StateValues {
  clientId: string;
  nextMutationId: number;
  cursor: string;
  lastSyncAt: string;
  session: SessionInfo;
  /** The user whose outbox and pulled data this store holds (kept after sign-out). */
  ownerId: string;
  rejections: Rejection[];
}

export type StateKey = keyof StateValues;

export async function getState<K extends StateKey>(db: ReviewDb, key: K): Promise<StateValues[K] | undefined> {
  return (await db.syncState.get(key))?.value as StateValues[K] | undefined;
}

export async function setState<K extends StateKey>(db: ReviewDb, key: K, value: StateValues[K]): Promise<void> {
  await db.syncState.put({ key, value });
}

export async function clearState(db: ReviewDb, key: StateKey): Promise<void> {
  await db.syncState.delete(key);
}
