// The admin's routing suggestions for the week's new notifications: the notifications no committee
// has yet, each ranked with shared/routing against the committees' scopes and the institute's
// history (active assignments and who commented on them).
import type { Queryable } from '../db/db';
import { listScopes } from './committeeScopes';
import type { Notification } from '../../shared/domain/notification';
import { routedNotification, routingHistory, routingNotification, suggestCommittees, type RoutedNotification } from '../../shared/routing';
import type { RoutingSuggestionsResponse } from '../../shared/sync/admin';

const SUGGESTIONS_PER_NOTIFICATION = 3;

async function history(db: Queryable): Promise<RoutedNotification[]> {
  const rows = await db.query<{ data: Notification; committee_ids: string[]; commenters: { committeeId: string; expertId: string }[] }>(
    `SELECT n.data,
            (SELECT jsonb_agg(a.committee_id ORDER BY a.committee_id) FROM assignments a WHERE a.notification_id = n.id AND a.active) AS committee_ids,
            (SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_object('committeeId', c.committee_id, 'expertId', c.author_id)), '[]')
               FROM comments c WHERE c.notification_id = n.id AND NOT c.withdrawn) AS commenters
       FROM notifications n
      WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.notification_id = n.id AND a.active)`,
  );
  return rows.map((r) => routedNotification(r.data, r.committee_ids, r.commenters));
}

export async function routingSuggestions(db: Queryable, since: string): Promise<RoutingSuggestionsResponse> {
  const fresh = await db.query<{ data: Notification }>(
    `SELECT n.data FROM notifications n
      WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.notification_id = n.id AND a.active)
        AND coalesce(n.data->>'distributionDate', n.data->>'importedAt') >= $1
      ORDER BY coalesce(n.data->>'distributionDate', n.data->>'importedAt') DESC, n.id
      LIMIT 1000`,
    [since],
  );
  const scopes = await listScopes(db);
  const committees = new Map(scopes.map((s) => [s.committeeId, s]));
  const past = routingHistory(await history(db));
  const ranked = fresh.map(({ data }) => ({ data, suggestions: suggestCommittees(routingNotification(data), scopes, past, SUGGESTIONS_PER_NOTIFICATION) }));
  const expertIds = [...new Set(ranked.flatMap((r) => r.suggestions.flatMap((s) => s.experts.map((e) => e.expertId))))];
  const names = new Map((await db.query<{ id: string; display_name: string }>('SELECT id, display_name FROM users WHERE id = ANY($1::text[])', [expertIds])).map((u) => [u.id, u.display_name]));
  return {
    notifications: ranked.map(({ data, suggestions }) => ({
      id: data.id,
      symbol: data.id,
      title: data.title,
      memberCode: data.memberCode,
      distributionDate: data.distributionDate,
      suggestions: suggestions
        .filter((s) => committees.has(s.committeeId))
        .map((s) => ({
          committeeId: s.committeeId,
          committeeCode: committees.get(s.committeeId)!.committeeCode,
          committeeName: committees.get(s.committeeId)!.committeeName,
          score: s.score,
          reasons: s.reasons,
          experts: s.experts.map((e) => ({ ...e, displayName: names.get(e.expertId) ?? e.expertId })),
        })),
    })),
  };
}
