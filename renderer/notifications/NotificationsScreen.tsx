// The reviewer's home screen: every stored notification, filtered, searched and sorted in memory,
// with follow-ups grouped under their base notification. The rows come from listData (kept for the
// session); the search runs in the list's worker.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n';
import { filterNotifications, groupFollowUps, sortNotifications } from './listModel';
import { useListStore } from './listStore';
import { search, startListData, useListData } from './listData';
import { FilterBar, type FilterOptions } from './FilterBar';
import { EmptyState } from './EmptyState';
import { NotificationTable } from './NotificationTable';
import { HighlightContext } from './Marked';
import './notifications.css';

const NO_HIGHLIGHT = { stems: [], prefixes: [], cjk: [] };

export function NotificationsScreen() {
  const { t } = useTranslation('notifications');
  useEffect(startListData, []);
  const { rows, indexReady, error, answer } = useListData();
  const { filters, sorting, query, clearFilters } = useListStore();

  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed) search(trimmed);
  }, [trimmed]);
  // While the answer to a new query is on its way, the previous answer stays on screen.
  const searchIds = trimmed && answer ? answer.ids : null;
  const searching = Boolean(trimmed) && answer?.query !== trimmed;

  const options = useMemo<FilterOptions>(() => {
    const members = new Map<string, string>();
    const chapters = new Set<string>();
    for (const row of rows ?? []) {
      members.set(row.notification.memberCode, row.notification.member);
      for (const c of row.hsChapters) chapters.add(c);
    }
    return {
      members: [...members].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name)),
      hsChapters: [...chapters].sort(),
    };
  }, [rows]);

  const filtered = useMemo(() => filterNotifications(rows ?? [], filters, searchIds), [rows, filters, searchIds]);
  const groups = useMemo(() => groupFollowUps(sortNotifications(filtered, sorting)), [filtered, sorting]);

  if (rows === null) {
    return (
      <div className="nl-screen" data-testid="screen-notifications">
        <p className="nl-loading">{error ? t('search.failed', { message: error }) : t('loading', { ns: 'common' })}</p>
      </div>
    );
  }
  if (rows.length === 0) {
    return (
      <div className="nl-screen" data-testid="screen-notifications">
        <EmptyState />
      </div>
    );
  }

  const searchNote = error
    ? t('search.failed', { message: error })
    : !indexReady
      ? t('search.indexing')
      : trimmed && searching
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
        <HighlightContext.Provider value={trimmed && answer ? answer.highlight : NO_HIGHLIGHT}>
          <NotificationTable groups={groups} />
        </HighlightContext.Provider>
      )}
    </div>
  );
}
