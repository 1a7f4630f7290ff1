// The viewer's toolbar: it shows the viewer's state and only sends events (as pdf.js's toolbar
// does): page navigation, zoom, rotation, the outline toggle and find in document.
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindState } from './useFind';

export interface ToolbarProps {
  pageNumber: number;
  pageCount: number;
  scale: number;
  fitWidth: boolean;
  sidebarOpen: boolean;
  query: string;
  find: FindState;
  findInputRef: RefObject<HTMLInputElement | null>;
  onToggleSidebar: () => void;
  /** Zero-based; out-of-range indices are clamped by the link service. */
  onGoToPage: (pageIndex: number) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitWidth: () => void;
  onRotate: () => void;
  onQueryChange: (query: string) => void;
  onFindNext: () => void;
  onFindPrevious: () => void;
}

export function Toolbar(props: ToolbarProps) {
  const { pageNumber, pageCount, scale, fitWidth, sidebarOpen, query, find, findInputRef } = props;
  const { onToggleSidebar, onGoToPage, onZoomIn, onZoomOut, onFitWidth, onRotate, onQueryChange, onFindNext, onFindPrevious } = props;
  const { t } = useTranslation('pdf');
  const [pageInput, setPageInput] = useState<string | null>(null);
  const findCount = !find.query
    ? ''
    : find.matches.length > 0
      ? t('findCount', { current: find.current + 1, total: find.matches.length })
      : find.searching
        ? t('findSearching')
        : t('findNone');

  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <button type="button" aria-pressed={sidebarOpen} onClick={onToggleSidebar} title={t('toggleSidebar')} aria-label={t('toggleSidebar')} data-testid="pdf-sidebar-toggle">
        ☰
      </button>
      <span className="pdf-toolbar-group">
        <button type="button" onClick={() => onGoToPage(pageNumber - 2)} disabled={pageNumber <= 1} title={t('previousPage')} aria-label={t('previousPage')} data-testid="pdf-prev-page">
          ‹
        </button>
        <input
          className="pdf-page-input"
          aria-label={t('pageNumber')}
          data-testid="pdf-page-input"
          inputMode="numeric"
          value={pageInput ?? String(pageNumber)}
          onFocus={(e) => e.target.select()}
          onChange={(e) => setPageInput(e.target.value)}
          onBlur={() => setPageInput(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              const n = Number.parseInt(pageInput ?? '', 10);
              if (Number.isFinite(n)) onGoToPage(n - 1);
              setPageInput(null);
            }
          }}
        />
        <span className="pdf-page-count" data-testid="pdf-page-count">
          {t('pageOf', { count: pageCount })}
        </span>
        <button type="button" onClick={() => onGoToPage(pageNumber)} disabled={pageNumber >= pageCount} title={t('nextPage')} aria-label={t('nextPage')} data-testid="pdf-next-page">
          ›
        </button>
      </span>
      <span className="pdf-toolbar-group">
        <button type="button" onClick={onZoomOut} title={t('zoomOut')} aria-label={t('zoomOut')} data-testid="pdf-zoom-out">
          −
        </button>
        <span className="pdf-zoom" data-testid="pdf-zoom" aria-label={t('zoomLevel', { percent: `${Math.round(scale * 100)}%` })}>
          {Math.round(scale * 100)}%
        </span>
        <button type="button" onClick={onZoomIn} title={t('zoomIn')} aria-label={t('zoomIn')} data-testid="pdf-zoom-in">
          +
        </button>
        <button type="button" aria-pressed={fitWidth} onClick={onFitWidth} data-testid="pdf-fit-width">
          {t('fitWidth')}
        </button>
        <button type="button" onClick={onRotate} title={t('rotate')} aria-label={t('rotate')} data-testid="pdf-rotate">
          ⟳
        </button>
      </span>
      <span className="pdf-toolbar-group pdf-find">
        <input
          ref={findInputRef}
          type="search"
          placeholder={t('findPlaceholder')}
          aria-label={t('find')}
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (e.shiftKey) onFindPrevious();
              else onFindNext();
            }
          }}
          data-testid="pdf-find-input"
        />
        <button type="button" onClick={onFindPrevious} disabled={find.matches.length === 0} title={t('findPrevious')} aria-label={t('findPrevious')} data-testid="pdf-find-previous">
          ↑
        </button>
        <button type="button" onClick={onFindNext} disabled={find.matches.length === 0} title={t('findNext')} aria-label={t('findNext')} data-testid="pdf-find-next">
          ↓
        </button>
        <span className="pdf-find-count" role="status" data-testid="pdf-find-count" data-query={find.query} data-total={find.matches.length} data-searching={find.searching}>
          {findCount}
        </span>
      </span>
    </div>
  );
}
