// Locks the compilation on the sync server (POST /compilations/lock, server/PROTOCOL.md) once the
// secretary approves, so that experts can no longer revise or withdraw the comments it is based on.
import type { ReviewDb } from '../db/schema';
import type { Fetch } from '../sync/api';
import { callServer, type ServerErrorCode } from '../sync/serverCall';
import { defaultTokenStore, type TokenStore } from '../sync/tokenStore';

export type ServerLockResult = { kind: 'locked' } | { kind: 'not_signed_in' } | { kind: 'failed'; code: ServerErrorCode };

export async function lockOnServer(db: ReviewDb, notificationId: string, committeeId: string, tokens: TokenStore = defaultTokenStore(), fetchImpl?: Fetch): Promise<ServerLockResult> {
  const result = await callServer(db, (api) => api.lockCompilation(notificationId, committeeId), { tokens, fetchImpl });
  return result.kind === 'ok' ? { kind: 'locked' } : result;
}
