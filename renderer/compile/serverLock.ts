// Locks the compilation on the sync server (POST /compilations/lock, server/PROTOCOL.md) once the
// secretary approves, so that experts can no longer revise or withdraw the comments it is based
// on. The sync client exposes no call for it, so this one request is made here with its session.
import type { ReviewDb } from '../db/schema';
import { getState } from '../sync/syncState';
import { defaultTokenStore, type TokenStore } from '../sync/tokenStore';

export type ServerLockResult = { kind: 'locked' } | { kind: 'not_signed_in' } | { kind: 'failed'; detail: string };

export async function lockOnServer(
  db: ReviewDb,
  notificationId: string,
  committeeId: string,
  tokens: TokenStore = defaultTokenStore(),
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
): Promise<ServerLockResult> {
  const [session, token] = await Promise.all([getState(db, 'session'), tokens.get()]);
  if (!session || !token) return { kind: 'not_signed_in' };
  let response: Response;
  try {
    response = await fetchImpl(`${session.serverUrl}/compilations/lock`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ notificationId, committeeId, locked: true }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { kind: 'locked' };
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  return { kind: 'failed', detail: `HTTP ${response.status}${typeof body?.error === 'string' ? ` ${body.error}` : ''}` };
}
