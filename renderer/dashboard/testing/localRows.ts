// A generated dashboard world (shared/dashboard/testing) as the desk officer's local store holds it
// after a sync: rows per Dexie table, for the unit test, the e2e test and the benchmark.
import type { DashboardWorld } from '../../../shared/dashboard/testing/generateDashboardWorld';
import { finishedComment } from '../../sync/testing';

export type LocalRows = Record<'notifications' | 'assignments' | 'remoteComments' | 'positions' | 'sendingRecords', unknown[]>;

export function localRows(world: DashboardWorld): LocalRows {
  const committee = new Map(world.committees.map((c) => [c.id, c]));
  return {
    notifications: world.notifications,
    assignments: world.assignments.map((a) => ({ ...a, expertIds: [], locked: false })),
    remoteComments: world.comments.map((c) => ({
      id: c.id,
      notificationId: c.notificationId,
      committeeId: c.committeeId,
      server: { comment: finishedComment(c.notificationId, { id: c.id, createdAt: c.updatedAt, updatedAt: c.updatedAt }), authorId: 'u-expert', authorName: 'Zhang Min', committeeId: c.committeeId, version: 1, withdrawn: c.withdrawn, updatedAt: c.updatedAt },
    })),
    positions: world.positions.map((p) => ({
      notificationId: p.notificationId,
      committeeId: p.committeeId,
      committee: committee.get(p.committeeId)!,
      compiled: [],
      approved: p.approved,
      approvedAt: p.approved ? '2025-05-01T08:00:00.000Z' : null,
      locked: p.approved,
      updatedAt: '2025-05-01T08:00:00.000Z',
      serverLockedAt: null,
    })),
    sendingRecords: world.sendingRecords.map((r) => ({ ...r, channel: 'email', reply: null, outcomes: {} })),
  };
}
