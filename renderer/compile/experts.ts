// The committee secretary's calls to the sync server about experts (server/PROTOCOL.md,
// "Secretary"): the committee's members, and which of them review a notification.
import type { ReviewDb } from '../db/schema';
import type { NewExpertResponse } from '../../shared/sync/admin';
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

/** The secretary adds an existing expert account to her committee. */
export function addExpert(db: ReviewDb, committeeId: string, username: string, access: ServerAccess = {}): Promise<ServerCall<null>> {
  return callServer(db, async (api) => {
    await api.addExpert(committeeId, username);
    return null;
  }, access);
}

/** The secretary creates an expert account in her committee; the answer carries the one-time activation code to hand over. */
export function createExpert(db: ReviewDb, committeeId: string, username: string, displayName: string, access: ServerAccess = {}): Promise<ServerCall<NewExpertResponse>> {
  return callServer(db, (api) => api.createExpert(committeeId, username, displayName), access);
}

export function removeExpert(db: ReviewDb, committeeId: string, userId: string, access: ServerAccess = {}): Promise<ServerCall<null>> {
  return callServer(db, async (api) => {
    await api.removeExpert(committeeId, userId);
    return null;
  }, access);
}
