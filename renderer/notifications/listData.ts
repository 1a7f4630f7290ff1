// The list screen's side of listWorker.ts, kept for the whole session (not per visit), so that
// coming back to the list from a notification shows the last lines at once. The screen sends its
// view (filters, sort, search, open groups) and the window of lines it has on screen; the worker
// answers with those lines only, so the UI thread never holds 50,000 records.
import { create } from 'zustand';
import { liveQuery } from 'dexie';
import { db } from '../db/schema';
import type { FromListWorker, ListPage, ToListWorker, ViewRequest } from './listProtocol';

interface ListData {
  /** The latest page for the latest view; null until the first rows arrive. */
  page: ListPage | null;
  error: string | null;
}

export const useListData = create<ListData>(() => ({ page: null, error: null }));

let worker: Worker | null = null;
let viewId = 0;

function send(message: ToListWorker) {
  worker?.postMessage(message);
}

/** Starts the worker and the store watches once; later calls do nothing. */
export function startListData(): void {
  if (worker) return;
  worker = new Worker(new URL('./listWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromListWorker>) => {
    const message = event.data;
    watchStore();
    if (message.type === 'error') useListData.setState({ error: message.message });
    else if (message.type === 'page' && message.viewId === viewId) useListData.setState({ page: message, error: null });
  };
  worker.onerror = (event) => useListData.setState({ error: event.message || 'worker error' });
}

let watching = false;

/**
 * Any change to the notifications (an import, a sync, the demo) or to comments reaches here, from
 * this page or a worker; the list's worker then rereads what changed. Started once the worker has
 * read the store (or answered): it reads the store at its start, and the watches' own first reads
 * (a count of every notification) would only queue before its reads.
 */
function watchStore() {
  if (watching) return;
  watching = true;
  const refresh = { next: () => send({ type: 'refresh' }), error: (error: unknown) => useListData.setState({ error: String(error) }) };
  liveQuery(() => db.transaction('r', db.notifications, () => Promise.all([db.notifications.count(), db.notifications.orderBy('updatedAt').lastKey()]))).subscribe(refresh);
  liveQuery(() => db.comments.orderBy('[notificationId+status]').keys()).subscribe(refresh);
  // Approvals and sending records change where a submission stands.
  liveQuery(() => Promise.all([db.positions.toArray(), db.sendingRecords.toArray()])).subscribe(refresh);
}

/** Lines asked for with a new view on each side of those in sight: enough for the lines drawn ahead of the view. */
const VIEW_MARGIN = 50;
let lastSight = { first: 0, last: 50 };

/**
 * A new view: the lines around those in sight come back first, a small page that is quick to
 * send; the screen then asks for its wider window.
 */
export function requestView(view: ViewRequest): void {
  viewId++;
  send({ type: 'view', viewId, view, start: Math.max(0, lastSight.first - VIEW_MARGIN), end: lastSight.last + VIEW_MARGIN });
}

/** The lines the screen now needs, of the current view. */
export function requestWindow(start: number, end: number): void {
  send({ type: 'window', viewId, start, end });
}

/** The lines in sight, kept for the next view's first page. */
export function noteSight(first: number, last: number): void {
  lastSight = { first, last: Math.max(first, last) };
}
