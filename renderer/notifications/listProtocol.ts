// Messages between the list (listData.ts) and its worker (listWorker.ts).
import type { HighlightTerms } from '../../shared/search/queryPlan';

export type ToListWorker =
  /** The notifications may have changed (or the app started): bring the rows and the index up to date. */
  | { type: 'refresh' }
  | { type: 'search'; requestId: number; query: string };

export type FromListWorker =
  /** The list's rows as JSON (ListItem[]): one string crosses to the UI thread faster than 50,000 objects. */
  | { type: 'rows'; state: string; json: string }
  | { type: 'index-ready'; state: string; source: 'stored' | 'built' }
  | { type: 'results'; requestId: number; query: string; ids: string[]; highlight: HighlightTerms }
  | { type: 'error'; message: string };
