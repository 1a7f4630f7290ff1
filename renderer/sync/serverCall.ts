// A feature's call to the sync server as the signed-in user, and the one place that turns the
// client's failures into codes: the screens show them with t('sync:serverErrors.<code>').
import type { ReviewDb } from '../db/schema';
import { NetworkError, SyncApi, SyncHttpError, type Fetch, type Sleep } from './api';
import { getState } from './syncState';
import { defaultTokenStore, type TokenStore } from './tokenStore';

/** Server error codes (server/PROTOCOL.md) shown as they are; any other refusal is `server_error`. */
const PASSED_THROUGH = ['forbidden', 'not_assigned', 'not_found', 'not_a_member', 'invalid_body', 'invalid_text', 'too_many_attempts', 'not_an_expert', 'no_such_user', 'username_taken'] as const;

export const SERVER_ERROR_CODES = [...PASSED_THROUGH, 'server_unreachable', 'server_unavailable', 'session_expired', 'server_error', 'bad_answer'] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

export function serverErrorCode(error: unknown): ServerErrorCode {
  if (error instanceof NetworkError) return 'server_unreachable';
  if (!(error instanceof SyncHttpError)) return 'bad_answer';
  if (error.status === 401) return 'session_expired';
  if (error.status === 503) return 'server_unavailable';
  return (PASSED_THROUGH as readonly string[]).includes(error.code) ? (error.code as ServerErrorCode) : 'server_error';
}

export type ServerCall<T> = { kind: 'ok'; value: T } | { kind: 'not_signed_in' } | { kind: 'failed'; code: ServerErrorCode };

export interface ServerAccess {
  tokens?: TokenStore;
  fetchImpl?: Fetch;
  sleep?: Sleep;
}

/** Runs `call` with a client for the session's server and token; asks nothing when not signed in. */
export async function callServer<T>(db: ReviewDb, call: (api: SyncApi) => Promise<T>, access: ServerAccess = {}): Promise<ServerCall<T>> {
  const tokens = access.tokens ?? defaultTokenStore();
  const [session, token] = await Promise.all([getState(db, 'session'), tokens.get()]);
  if (!session || !token) return { kind: 'not_signed_in' };
  try {
    return { kind: 'ok', value: await call(new SyncApi(session.serverUrl, token, access.fetchImpl, access.sleep)) };
  } catch (error) {
    return { kind: 'failed', code: serverErrorCode(error) };
  }
}
