// Messages between the list screen (listData.ts) and its worker (listWorker.ts). The worker holds
// every row; the screen asks for a view (filters, sort, search, open groups) and for the window of
// lines it has on screen, and gets back only those lines.
import type { HighlightTerms } from '../../shared/search/queryPlan';
import type { FilterChoices, ListFilters, Sorting, VisibleRow } from './listModel';

export interface ViewRequest {
  filters: ListFilters;
  sorting: Sorting;
  /** Trimmed search text; '' for none. */
  query: string;
  expanded: Record<string, boolean>;
}

export type ToListWorker =
  /** The notifications or comments may have changed (or the app started). */
  | { type: 'refresh' }
  | { type: 'view'; viewId: number; view: ViewRequest; start: number; end: number }
  | { type: 'window'; viewId: number; start: number; end: number };

export interface ListPage {
  viewId: number;
  /** Lines of the whole view (heads, plus follow-ups of open groups). */
  lineCount: number;
  /** Notifications that pass the filters and the search; `total` of all stored. */
  shown: number;
  total: number;
  /** lines[0] is line `start` of the view. */
  start: number;
  lines: VisibleRow[];
  /** The query whose answer this view holds ('' when none, or while the index is not ready). */
  answeredQuery: string;
  highlight: HighlightTerms;
  choices: FilterChoices;
  indexReady: boolean;
}

export type FromListWorker =
  | ({ type: 'page' } & ListPage)
  | { type: 'error'; message: string }
  /** The worker has read the store (at its start, whatever screen is open): the screen may watch it for changes. */
  | { type: 'read' };
