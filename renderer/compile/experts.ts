// The committee secretary's calls to the sync server about experts (server/PROTOCOL.md,
// "Secretary"): the committee's members, and which of them review a notification.
import type { ReviewDb } from '../db/schema';
import type { Member } from '../sync/api';
import { callServer, type ServerAccess, type ServerCall } from '../sync/serverCall';

export type { Member };

export function fetchMembers(db: ReviewDb, committeeId: string, access: ServerAccess = {}): Promise<ServerCall<Member[]>> {
  return callServer(db, (api) => api.committeeMembers(committeeId), access);
}

export function assignExperts(db: ReviewDb, notificationId: string, committeeId: string, expertIds: string[], access: ServerAccess = {}): Promise<ServerCall<null>> {
  return callServer(db, async (api) => {
    await api.assignExperts(notificationId, committeeId, expertIds);
    return null;
  }, access);
}
