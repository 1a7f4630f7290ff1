// The reviewer's home screen: every stored notification, filtered, searched and sorted, with
// follow-ups grouped under their base notification. The list's worker does the work and sends the
// lines in sight (listData.ts); this screen sends it what the reviewer chose.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n';
import { useListStore } from './listStore';
import { requestView, startListData, useListData } from './listData';
import { FilterBar } from './FilterBar';
import { EmptyState } from './EmptyState';
import { NotificationTable } from './NotificationTable';
import { HighlightContext, NO_HIGHLIGHT } from './Marked';
import './notifications.css';

export function NotificationsScreen() {
  const { t } = useTranslation('notifications');
  const { page, error } = useListData();
  const { filters, sorting, query, expanded, clearFilters } = useListStore();
  const trimmed = query.trim();

  // Each page from the worker is a fresh copy: the marks' terms are kept while they stay the same,
  // so that a new window of lines does not redraw every mark in sight.
  const highlightKey = page ? JSON.stringify(page.highlight) : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const highlight = useMemo(() => page?.highlight ?? NO_HIGHLIGHT, [highlightKey]);

  useEffect(startListData, []);
  useEffect(() => requestView({ filters, sorting, query: trimmed, expanded }), [filters, sorting, trimmed, expanded]);

  if (page === null) {
    return (
      <div className="nl-screen" data-testid="screen-notifications">
        <p className="nl-loading">{error ? t('search.failed', { message: error }) : t('loading', { ns: 'common' })}</p>
      </div>
    );
  }
  if (page.total === 0) {
    return (
      <div className="nl-screen" data-testid="screen-notifications">
        <EmptyState />
      </div>
    );
  }

  // While the answer to a new query is on its way, the previous answer stays on screen.
  const answered = page.indexReady && page.answeredQuery === trimmed;
  const searchNote = error
    ? t('search.failed', { message: error })
    : !page.indexReady
      ? t('search.indexing')
      : trimmed && !answered
        ? t('search.searching')
        : null;

  return (
    // data-shown-query: the query whose results are on screen (tests and benchmarks wait on it).
    <div className="nl-screen" data-testid="screen-notifications" data-shown-query={answered ? trimmed : ''}>
      <FilterBar options={page.choices} searchNote={searchNote} />
      <div className="nl-summary" data-testid="list-summary">
        {t('summary', { shown: formatNumber(page.shown), total: formatNumber(page.total) })}
      </div>
      {page.lineCount === 0 ? (
        <div className="nl-nomatch">
          <p>{t('noMatch')}</p>
          <button onClick={clearFilters}>{t('clearFilters')}</button>
        </div>
      ) : (
        <HighlightContext.Provider value={highlight}>
          <NotificationTable page={page} />
        </HighlightContext.Provider>
      )}
    </div>
  );
}
