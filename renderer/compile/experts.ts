// The committee secretary's calls to the sync server about experts (server/PROTOCOL.md,
// "Secretary"): the committee's members, and which of them review a notification.
import { committeeMembersResponseSchema, type CommitteeMembersResponse } from '../../shared/sync/protocol';
import { newExpertResponseSchema, type NewExpertResponse } from '../../shared/sync/admin';
import type { ReviewDb } from '../db/schema';
import { getState } from '../sync/syncState';
import { defaultTokenStore, type TokenStore } from '../sync/tokenStore';

export type Member = CommitteeMembersResponse['members'][number];

export type ServerCall<T> = { kind: 'ok'; value: T } | { kind: 'not_signed_in' } | { kind: 'failed'; detail: string };

export interface ServerAccess {
  tokens?: TokenStore;
  fetchImpl?: typeof fetch;
}

async function call(db: ReviewDb, path: string, init: RequestInit, access: ServerAccess): Promise<ServerCall<Response>> {
  const tokens = access.tokens ?? defaultTokenStore();
  const fetchImpl = access.fetchImpl ?? ((...args) => globalThis.fetch(...args));
  const [session, token] = await Promise.all([getState(db, 'session'), tokens.get()]);
  if (!session || !token) return { kind: 'not_signed_in' };
  let response: Response;
  try {
    response = await fetchImpl(`${session.serverUrl}${path}`, {
      ...init,
      // No content-type without a body: the server refuses an empty JSON body (e.g. on DELETE).
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { kind: 'ok', value: response };
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  return { kind: 'failed', detail: `HTTP ${response.status}${typeof body?.error === 'string' ? ` ${body.error}` : ''}` };
}

export async function fetchMembers(db: ReviewDb, committeeId: string, access: ServerAccess = {}): Promise<ServerCall<Member[]>> {
  const result = await call(db, `/committees/${encodeURIComponent(committeeId)}/members`, { method: 'GET' }, access);
  if (result.kind !== 'ok') return result;
  const parsed = committeeMembersResponseSchema.safeParse(await result.value.json().catch(() => null));
  return parsed.success ? { kind: 'ok', value: parsed.data.members } : { kind: 'failed', detail: 'unexpected answer' };
}

export async function assignExperts(db: ReviewDb, notificationId: string, committeeId: string, expertIds: string[], access: ServerAccess = {}): Promise<ServerCall<null>> {
  const result = await call(db, '/compilations/experts', { method: 'POST', body: JSON.stringify({ notificationId, committeeId, expertIds }) }, access);
  return result.kind === 'ok' ? { kind: 'ok', value: null } : result;
}

/** The secretary adds an existing expert account to her committee. */
export async function addExpert(db: ReviewDb, committeeId: string, username: string, access: ServerAccess = {}): Promise<ServerCall<null>> {
  const result = await call(db, `/committees/${encodeURIComponent(committeeId)}/experts`, { method: 'POST', body: JSON.stringify({ username }) }, access);
  return result.kind === 'ok' ? { kind: 'ok', value: null } : result;
}

/** The secretary creates an expert account in her committee; the answer carries the one-time activation code to hand over. */
export async function createExpert(db: ReviewDb, committeeId: string, username: string, displayName: string, access: ServerAccess = {}): Promise<ServerCall<NewExpertResponse>> {
  const result = await call(db, `/committees/${encodeURIComponent(committeeId)}/experts/new`, { method: 'POST', body: JSON.stringify({ username, displayName }) }, access);
  if (result.kind !== 'ok') return result;
  const parsed = newExpertResponseSchema.safeParse(await result.value.json().catch(() => null));
  return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'failed', detail: 'unexpected answer' };
}

export async function removeExpert(db: ReviewDb, committeeId: string, userId: string, access: ServerAccess = {}): Promise<ServerCall<null>> {
  const result = await call(db, `/committees/${encodeURIComponent(committeeId)}/experts/${encodeURIComponent(userId)}`, { method: 'DELETE' }, access);
  return result.kind === 'ok' ? { kind: 'ok', value: null } : result;
}
