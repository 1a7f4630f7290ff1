// The admin's routing calls to the sync server (server/PROTOCOL.md, "Admin"): the week's
// suggestions, accepting one (the ordinary assignment, which the committee's computers pull),
// and committee scopes (list, edit one, import a spreadsheet).
import type { ReviewDb } from '../db/schema';
import type { RoutingSuggestionsResponse, ScopeImportAnswer } from '../../shared/sync/admin';
import type { ScopeInput, StoredScope } from '../../shared/routing/scope';
import { callServer, type ServerAccess, type ServerCall } from '../sync/serverCall';

export function fetchSuggestions(db: ReviewDb, since: string, access: ServerAccess = {}): Promise<ServerCall<RoutingSuggestionsResponse>> {
  return callServer(db, (api) => api.routingSuggestions(since), access);
}

export function acceptSuggestion(db: ReviewDb, notificationId: string, committeeId: string, access: ServerAccess = {}): Promise<ServerCall<null>> {
  return callServer(db, async (api) => {
    await api.assign(notificationId, committeeId, []);
    return null;
  }, access);
}

/** Every committee's scope from the server, kept in the local store too (the editor works from it). */
export async function refreshScopes(db: ReviewDb, access: ServerAccess = {}): Promise<ServerCall<StoredScope[]>> {
  const result = await callServer(db, (api) => api.scopes(), access);
  if (result.kind === 'ok') await db.committeeScopes.bulkPut(result.value);
  return result;
}

export async function saveScope(db: ReviewDb, committeeId: string, scope: ScopeInput, access: ServerAccess = {}): Promise<ServerCall<StoredScope>> {
  const result = await callServer(db, (api) => api.setScope(committeeId, scope), access);
  if (result.kind === 'ok') await db.committeeScopes.put(result.value);
  return result;
}

export function importScopes(db: ReviewDb, bytes: Uint8Array<ArrayBuffer>, fileName: string, dryRun: boolean, access: ServerAccess = {}): Promise<ServerCall<ScopeImportAnswer>> {
  return callServer(db, (api) => api.importScopes(bytes, fileName, dryRun), access);
}
