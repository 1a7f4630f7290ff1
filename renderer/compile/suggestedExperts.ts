// Which of the committee's experts suit a notification, ranked on this computer by the same rule
// the server's routing uses (shared/routing): who commented on the committee's earlier
// notifications with the same HS headings, ICS codes, member or referenced standard. It reads what
// the secretary's computer has synced: the notifications and assignments of her committee and
// their pulled comments.
import type { ReviewDb } from '../db/schema';
import type { Notification } from '../../shared/domain/notification';
import { routedNotification, routingHistory, routingNotification, suggestCommittees, type ExpertSuggestion, type RoutedNotification } from '../../shared/routing';

export async function suggestedExperts(db: ReviewDb, notificationId: string, committeeId: string): Promise<ExpertSuggestion[]> {
  const notification = await db.notifications.get(notificationId);
  if (!notification) return [];
  const [assignments, pulled, scopes] = await Promise.all([db.assignments.toArray(), db.remoteComments.toArray(), db.committeeScopes.toArray()]);
  const committeesOf = new Map<string, string[]>();
  for (const a of assignments) if (a.notificationId !== notificationId) committeesOf.set(a.notificationId, [...(committeesOf.get(a.notificationId) ?? []), a.committeeId]);
  const commentersOf = new Map<string, RoutedNotification['commenters']>();
  for (const r of pulled) if (!r.server.withdrawn) commentersOf.set(r.notificationId, [...(commentersOf.get(r.notificationId) ?? []), { committeeId: r.committeeId, expertId: r.server.authorId }]);
  const earlier = (await db.notifications.bulkGet([...committeesOf.keys()])).filter((n): n is Notification => n !== undefined);
  const history = routingHistory(earlier.map((n) => routedNotification(n, committeesOf.get(n.id)!, commentersOf.get(n.id) ?? [])));
  return suggestCommittees(routingNotification(notification), scopes, history, Number.POSITIVE_INFINITY).find((s) => s.committeeId === committeeId)?.experts ?? [];
}
