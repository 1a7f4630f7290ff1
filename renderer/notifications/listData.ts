// The list's data on the UI thread, kept for the whole session (not per screen visit), so that
// coming back to the list from a notification shows it at once. The rows come from listWorker.ts as
// a compact projection; comment counts come from the [notificationId+status] index keys. The screen
// reads this store; it never reads the notifications table itself.
import { create } from 'zustand';
import { liveQuery } from 'dexie';
import { db } from '../db/schema';
import type { HighlightTerms } from '../../shared/search/queryPlan';
import { countComments, localToday, prepareRows, type CommentCounts, type ListItem, type ListRow } from './listModel';
import type { FromListWorker, ToListWorker } from './listProtocol';

export interface SearchAnswer {
  query: string;
  ids: ReadonlySet<string>;
  highlight: HighlightTerms;
}

interface ListData {
  /** Null until the first rows arrive. */
  rows: ListRow[] | null;
  indexReady: boolean;
  error: string | null;
  /** The answer to the latest query sent, once it came. */
  answer: SearchAnswer | null;
}

export const useListData = create<ListData>(() => ({ rows: null, indexReady: false, error: null, answer: null }));

let worker: Worker | null = null;
let items: ListItem[] | null = null;
let counts = new Map<string, CommentCounts>();
let countsKnown = false;
let lastRequest = 0;
let lastQuery = '';

function publishRows() {
  if (!items || !countsKnown) return;
  useListData.setState({ rows: prepareRows(items, counts, localToday()) });
}

function send(message: ToListWorker) {
  worker?.postMessage(message);
}

/** Starts the worker and the store watches once; later calls do nothing. */
export function startListData(): void {
  if (worker) return;
  worker = new Worker(new URL('./listWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromListWorker>) => {
    const message = event.data;
    switch (message.type) {
      case 'rows':
        items = JSON.parse(message.json) as ListItem[];
        publishRows();
        break;
      case 'index-ready':
        useListData.setState({ indexReady: true });
        if (lastQuery) search(lastQuery); // the index changed: the answer on screen may be stale
        break;
      case 'results':
        if (message.requestId === lastRequest) useListData.setState({ answer: { query: message.query, ids: new Set(message.ids), highlight: message.highlight } });
        break;
      case 'error':
        useListData.setState({ error: message.message });
        break;
    }
  };
  worker.onerror = (event) => useListData.setState({ error: event.message || 'worker error' });
  // Any change to the notifications (an import, a sync, the demo) reaches here, from this page or a worker.
  liveQuery(() => db.transaction('r', db.notifications, () => Promise.all([db.notifications.count(), db.notifications.orderBy('updatedAt').lastKey()]))).subscribe({
    next: () => send({ type: 'refresh' }),
    error: (error: unknown) => useListData.setState({ error: String(error) }),
  });
  // Only the [notificationId, status] index keys are read: no comment text is loaded to count.
  liveQuery(() => db.comments.orderBy('[notificationId+status]').keys()).subscribe({
    next: (keys) => {
      counts = countComments(keys as unknown as [string, string][]);
      countsKnown = true;
      publishRows();
    },
    error: (error: unknown) => useListData.setState({ error: String(error) }),
  });
}

/** Asks for the notifications matching `query`; the answer arrives in useListData's `answer`. */
export function search(query: string): void {
  lastQuery = query;
  lastRequest++;
  send({ type: 'search', requestId: lastRequest, query });
}
