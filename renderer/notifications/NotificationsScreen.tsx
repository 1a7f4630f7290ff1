// The reviewer's home screen: every stored notification, filtered, searched and sorted in memory,
// with follow-ups grouped under their base notification.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { submissionStages } from '../../shared/compile/sending';
import { db } from '../db/schema';
import { formatNumber } from '../i18n';
import { countComments, filterNotifications, groupFollowUps, localToday, prepareRows, sortNotifications } from './listModel';
import { useListStore } from './listStore';
import { useSearchWorker } from './useSearchWorker';
import { FilterBar, type FilterOptions } from './FilterBar';
import { EmptyState } from './EmptyState';
import { NotificationTable } from './NotificationTable';
import './notifications.css';

export function NotificationsScreen() {
  const { t } = useTranslation('notifications');
  const notifications = useLiveQuery(() => db.notifications.toArray(), []);
  // Only the [notificationId, status] index keys are read: no comment text is loaded to count.
  const commentKeys = useLiveQuery(() => db.comments.orderBy('[notificationId+status]').keys(), []);
  const stages = useLiveQuery(async () => submissionStages(await db.positions.toArray(), await db.sendingRecords.toArray()), []);
  const { filters, sorting, query, clearFilters } = useListStore();

  const today = localToday();
  const rows = useMemo(() => {
    if (!notifications) return [];
    const counts = countComments((commentKeys ?? []) as unknown as [string, string][]);
    return prepareRows(notifications, counts, today, stages);
  }, [notifications, commentKeys, today, stages]);

  // What the search worker needs to know to tell whether its index is stale.
  const dataState = useMemo(() => {
    if (!notifications) return null;
    let last = '';
    for (const n of notifications) if (n.updatedAt > last) last = n.updatedAt;
    return `${notifications.length}|${last}`;
  }, [notifications]);
  const search = useSearchWorker(query, dataState);

  const options = useMemo<FilterOptions>(() => {
    const members = new Map<string, string>();
    const chapters = new Set<string>();
    for (const row of rows) {
      members.set(row.notification.memberCode, row.notification.member);
      for (const c of row.hsChapters) chapters.add(c);
    }
    return {
      members: [...members].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name)),
      hsChapters: [...chapters].sort(),
    };
  }, [rows]);

  const filtered = useMemo(() => filterNotifications(rows, filters, search.ids), [rows, filters, search.ids]);
  const groups = useMemo(() => groupFollowUps(sortNotifications(filtered, sorting)), [filtered, sorting]);

  if (notifications === undefined) {
    return (
      <div className="nl-screen" data-testid="screen-notifications">
        <p className="nl-loading">{t('loading', { ns: 'common' })}</p>
      </div>
    );
  }
  if (notifications.length === 0) {
    return (
      <div className="nl-screen" data-testid="screen-notifications">
        <EmptyState />
      </div>
    );
  }

  const searchNote = search.error
    ? t('search.failed', { message: search.error })
    : search.indexing
      ? t('search.indexing')
      : query.trim() && search.searching
        ? t('search.searching')
        : null;

  return (
    <div className="nl-screen" data-testid="screen-notifications">
      <FilterBar options={options} searchNote={searchNote} />
      <div className="nl-summary" data-testid="list-summary">
        {t('summary', { shown: formatNumber(filtered.length), total: formatNumber(rows.length) })}
      </div>
      {groups.length === 0 ? (
        <div className="nl-nomatch">
          <p>{t('noMatch')}</p>
          <button onClick={clearFilters}>{t('clearFilters')}</button>
        </div>
      ) : (
        <NotificationTable groups={groups} />
      )}
    </div>
  );
}
