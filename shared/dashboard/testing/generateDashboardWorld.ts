// A deterministic institute for the dashboard's tests and benchmark: generated notifications
// (shared/search/testing) plus committees, assignments, finished comments (some withdrawn),
// approved positions and sending records. The rules, by the notification's index i and the
// comment's index j:
// - committees tc0…tc(K-1), K = max(3, min(300, n/5)); notification i goes to tc(7i mod K), unless
//   i mod 5 = 0 (not assigned); when i mod 10 = 3 also to tc(7i+1 mod K);
// - comment j is on notification (7919 j mod m), m = ⌈0.7 n⌉ (the last 30 % get none), from its first committee (tc(7i mod K) when it has
//   none), finished (distribution + j mod 45 days); when j mod 13 = 0 it was withdrawn;
// - a notification with a comment and i mod 3 = 0 has its first committee's position, approved
//   unless i mod 9 = 6;
// - an approved notification with i mod 2 = 0 was sent: (i mod 20) − 5 days before its deadline
//   (after it when negative), or on its distribution day + 30 when it has no deadline.
import type { Notification } from '../../domain/notification';
import { generateNotifications } from '../../search/testing/generateNotifications';
import type { DashboardInput } from '../commentRate';

export interface DashboardWorld {
  notifications: Notification[];
  committees: { id: string; code: string; name: string }[];
  assignments: { notificationId: string; committeeId: string }[];
  comments: { id: string; notificationId: string; committeeId: string; updatedAt: string; withdrawn: boolean }[];
  positions: { notificationId: string; committeeId: string; approved: boolean }[];
  sendingRecords: { notificationId: string; sentAt: string }[];
}

const DAY = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso.slice(0, 10)) + days * DAY).toISOString().slice(0, 10);

export function generateDashboardWorld({ notifications: count, comments: commentCount, seed = 9, today = '2025-06-15' }: { notifications: number; comments: number; seed?: number; today?: string }): DashboardWorld {
  const notifications = generateNotifications({ count, seed, today });
  const k = Math.max(3, Math.min(300, Math.floor(count / 5)));
  const committees = Array.from({ length: k }, (_, c) => ({ id: `tc${c}`, code: `SAC/TC ${100 + c}`, name: `Committee ${100 + c}` }));
  const assignments: DashboardWorld['assignments'] = [];
  const firstCommittee: (string | null)[] = notifications.map((n, i) => {
    if (i % 5 === 0) return null;
    assignments.push({ notificationId: n.id, committeeId: `tc${(7 * i) % k}` });
    if (i % 10 === 3) assignments.push({ notificationId: n.id, committeeId: `tc${(7 * i + 1) % k}` });
    return `tc${(7 * i) % k}`;
  });
  const commented = new Set<number>();
  const withComments = Math.ceil(count * 0.7);
  const comments = Array.from({ length: commentCount }, (_, j) => {
    const i = (7919 * j) % withComments;
    const n = notifications[i]!;
    const withdrawn = j % 13 === 0;
    if (!withdrawn) commented.add(i);
    return {
      id: `c${j}`,
      notificationId: n.id,
      committeeId: firstCommittee[i] ?? `tc${(7 * i) % k}`,
      updatedAt: `${addDays(n.distributionDate ?? today, j % 45)}T0${j % 10}:00:00.000Z`,
      withdrawn,
    };
  });
  const positions: DashboardWorld['positions'] = [];
  const sendingRecords: DashboardWorld['sendingRecords'] = [];
  notifications.forEach((n, i) => {
    const committeeId = firstCommittee[i] ?? `tc${(7 * i) % k}`;
    if (!commented.has(i) || i % 3 !== 0) return;
    const approved = i % 9 !== 6;
    positions.push({ notificationId: n.id, committeeId, approved });
    if (approved && i % 2 === 0) {
      const sentAt = n.finalDateForComments ? addDays(n.finalDateForComments, -((i % 20) - 5)) : addDays(n.distributionDate ?? today, 30);
      sendingRecords.push({ notificationId: n.id, sentAt });
    }
  });
  return { notifications, committees, assignments, comments, positions, sendingRecords };
}

/** The world as the dashboard reads it: withdrawn comments do not count. */
export function dashboardInputOf(world: DashboardWorld, { withSendingRecords = true } = {}): DashboardInput {
  return {
    notifications: world.notifications,
    assignments: world.assignments,
    comments: world.comments.filter((c) => !c.withdrawn).map((c) => ({ notificationId: c.notificationId, status: 'finished' as const, updatedAt: c.updatedAt })),
    positions: world.positions,
    sendingRecords: withSendingRecords ? world.sendingRecords : [],
  };
}
