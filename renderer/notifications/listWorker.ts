// The list's data, off the UI thread. Reads the notifications page by page, keeps the compact
// projection the list shows (ListItem) and the search index, and stores both, stamped with the
// data state they were made from, so that the next start loads them (a few hundred milliseconds at
// 50,000 notifications) instead of reading every record. The UI thread never waits for the index:
// rows go out first, searches wait in a queue until the index is there.
import { openReviewDb } from '../db/schema';
import { NotificationSearchIndex, type StoredSearchIndex } from '../../shared/search/notificationSearch';
import { toListItem, type ListItem } from './listModel';
import type { FromListWorker, ToListWorker } from './listProtocol';
import type { Notification } from '../../shared/domain/notification';

/** Increase when ListItem changes, so that a stored projection is rebuilt. */
const PROJECTION_VERSION = 1;
const PROJECTION_KEY = 'list.projection';
const INDEX_KEY = 'search.index';
const PAGE_SIZE = 2000;

interface StoredProjection {
  state: string;
  json: string;
}

interface StoredIndexRecord {
  state: string;
  index: StoredSearchIndex;
}

const db = openReviewDb();
let rowsState: string | null = null;
let index: NotificationSearchIndex | null = null;
let indexState: string | null = null;
let refreshing = false;
let refreshAgain = false;
const waitingSearches: Extract<ToListWorker, { type: 'search' }>[] = [];

const post = (message: FromListWorker) => postMessage(message);

/** What the stored notifications look like, in two index look-ups: their count and newest updatedAt. */
async function currentState(): Promise<string> {
  return db.transaction('r', db.notifications, async () => {
    const [count, newest] = await Promise.all([db.notifications.count(), db.notifications.orderBy('updatedAt').lastKey()]);
    return `${PROJECTION_VERSION}|${count}|${String(newest ?? '')}`;
  });
}

/** Every notification, a page at a time in key order, so that no single read holds the whole table twice. */
async function* readPages(): AsyncGenerator<Notification[]> {
  let after: string | null = null;
  for (;;) {
    const page: Notification[] = await (after === null ? db.notifications.orderBy('id') : db.notifications.where('id').above(after)).limit(PAGE_SIZE).toArray();
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.id;
  }
}

async function rebuild(state: string): Promise<void> {
  const items: ListItem[] = [];
  const searchable: Pick<Notification, 'id' | 'title' | 'description' | 'products' | 'hsCodes' | 'icsCodes'>[] = [];
  for await (const page of readPages()) {
    for (const n of page) {
      items.push(toListItem(n));
      searchable.push({ id: n.id, title: n.title, description: n.description, products: n.products, hsCodes: n.hsCodes, icsCodes: n.icsCodes });
    }
  }
  const json = JSON.stringify(items);
  rowsState = state;
  post({ type: 'rows', state, json });
  await db.settings.put({ key: PROJECTION_KEY, value: { state, json } satisfies StoredProjection });
  index = NotificationSearchIndex.build(searchable);
  indexState = state;
  post({ type: 'index-ready', state, source: 'built' });
  await db.settings.put({ key: INDEX_KEY, value: { state, index: index.toStored() } satisfies StoredIndexRecord });
}

async function loadStored(state: string): Promise<boolean> {
  const projection = (await db.settings.get(PROJECTION_KEY))?.value as StoredProjection | undefined;
  if (projection?.state !== state) return false;
  rowsState = state;
  post({ type: 'rows', state, json: projection.json });
  const stored = (await db.settings.get(INDEX_KEY))?.value as StoredIndexRecord | undefined;
  const loaded = stored?.state === state ? NotificationSearchIndex.fromStored(stored.index) : null;
  if (!loaded) return false;
  index = loaded;
  indexState = state;
  post({ type: 'index-ready', state, source: 'stored' });
  return true;
}

async function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  refreshing = true;
  try {
    do {
      refreshAgain = false;
      const state = await currentState();
      if (state === rowsState && state === indexState) continue;
      if (!(await loadStored(state))) await rebuild(state);
      answerWaiting();
    } while (refreshAgain);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    refreshing = false;
  }
}

function answer(message: Extract<ToListWorker, { type: 'search' }>) {
  if (!index) {
    waitingSearches.push(message);
    return;
  }
  const { ids, highlight } = index.searchWithHighlights(message.query);
  post({ type: 'results', requestId: message.requestId, query: message.query, ids, highlight });
}

function answerWaiting() {
  while (index && waitingSearches.length) answer(waitingSearches.shift()!);
}

addEventListener('message', (event: MessageEvent<ToListWorker>) => {
  if (event.data.type === 'refresh') void refresh();
  else answer(event.data);
});
