// The list's data and its work, off the UI thread. Reads the notifications page by page, keeps the
// compact projection the list shows (ListItem) and the search index, and stores both, stamped with
// the data state they were made from, so that the next start loads them instead of reading every
// record. Filters, search, sort and grouping run here; the screen gets only the lines it shows.
// The rows never wait for the index: until it is there, a query filters nothing.
import { submissionStages, type SubmissionStage } from '../../shared/compile/sending';
import { openReviewDb } from '../db/schema';
import { localToday } from '../lib/localToday';
import { NotificationSearchIndex, type StoredSearchIndex } from '../../shared/search/notificationSearch';
import { countComments, DEFAULT_SORTING, filterChoices, prepareRows, toListItem, type FilterChoices, type ListItem } from './listModel';
import { ListRows, type RowMarks, type ViewLines } from './listView';
import { coalesce } from './coalesce';
import type { FromListWorker, ListPage, ToListWorker, ViewRequest } from './listProtocol';
import type { HighlightTerms } from '../../shared/search/queryPlan';
import type { Notification } from '../../shared/domain/notification';

/** Increase when ListItem changes, so that a stored projection is rebuilt. */
const PROJECTION_VERSION = 1;
const PROJECTION_KEY = 'list.projection';
/** The lines of the top of the list as last shown, to paint them at the next start before the projection is parsed. */
const FIRST_SCREEN_KEY = 'list.firstScreen';
const FIRST_SCREEN_SAVE_DELAY_MS = 300;
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

let items: ListItem[] = [];
let commentKeys = '';
/** The desk officer's stage per notification (ready to send, sent, …), and its serialised form to tell a change. */
let stages: Map<string, SubmissionStage> = new Map();
let stagesKey = '';
let rows: ListRows | null = null;
let choices: FilterChoices = { members: [], hsChapters: [] };

const NO_HIGHLIGHT: HighlightTerms = { stems: [], prefixes: [], cjk: [] };
let view: ViewRequest | null = null;
let viewId = 0;
let windowRange = { start: 0, end: 100 };
/** The current view's lines and what they were computed from, to redo only what changed. */
let computed: {
  rows: ListRows;
  index: NotificationSearchIndex | null;
  view: ViewRequest;
  lines: ViewLines;
  answeredQuery: string;
  highlight: HighlightTerms;
} | null = null;
let searched: { rows: ListRows; index: NotificationSearchIndex; query: string; marks: RowMarks; highlight: HighlightTerms } | null = null;

const post = (message: FromListWorker) => postMessage(message);

/**
 * The first screen of lines as last shown, for one day, set of comments and view. At start it is
 * shown before the data state is checked (counting 50,000 records takes hundreds of milliseconds);
 * the full view replaces it, line for line the same unless the notifications changed since.
 */
interface FirstScreen {
  key: string;
  page: Omit<ListPage, 'viewId'>;
}

let firstScreenSaveTimer: ReturnType<typeof setTimeout> | null = null;
let pendingFirstScreen: FirstScreen | null = null;

function firstScreenKey(current: ViewRequest): string {
  return JSON.stringify([localToday(), commentKeys, current]);
}

function saveFirstScreenLater(page: Omit<ListPage, 'viewId'>) {
  // A start always opens on the list without a query: only such a view is worth keeping.
  if (!view || view.query || !rowsState || page.start !== 0 || !page.indexReady) return;
  const record: FirstScreen = { key: firstScreenKey(view), page: { ...page, lines: page.lines.slice(0, 60) } };
  if (firstScreenSaveTimer) clearTimeout(firstScreenSaveTimer);
  // An empty list is not kept: shown before the check at the next start, it would say "no notifications" over stored ones.
  const save = () => (page.total > 0 ? db.settings.put({ key: FIRST_SCREEN_KEY, value: record }) : db.settings.delete(FIRST_SCREEN_KEY));
  firstScreenSaveTimer = setTimeout(() => void save(), FIRST_SCREEN_SAVE_DELAY_MS);
}

/** Posts the stored first screen if it matches the current view; keeps it until the view arrives. */
function showFirstScreen() {
  if (!pendingFirstScreen || rows || !view) return;
  if (pendingFirstScreen.key === firstScreenKey(view)) post({ type: 'page', viewId, ...pendingFirstScreen.page, indexReady: false });
  pendingFirstScreen = null;
}

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
  takeItems(items);
  await db.settings.put({ key: PROJECTION_KEY, value: { state, json } satisfies StoredProjection });
  index = NotificationSearchIndex.build(searchable);
  indexState = state;
  postPage();
  await db.settings.put({ key: INDEX_KEY, value: { state, index: index.toStored() } satisfies StoredIndexRecord });
}

async function loadStored(state: string): Promise<boolean> {
  const projection = (await db.settings.get(PROJECTION_KEY))?.value as StoredProjection | undefined;
  if (projection?.state !== state) return false;
  rowsState = state;
  takeItems(JSON.parse(projection.json) as ListItem[]);
  const stored = (await db.settings.get(INDEX_KEY))?.value as StoredIndexRecord | undefined;
  const loaded = stored?.state === state ? NotificationSearchIndex.fromStored(stored.index) : null;
  if (!loaded) return false;
  index = loaded;
  indexState = state;
  postPage();
  return true;
}

/** Comment counts per notification from the [notificationId+status] keys; true when they changed. */
async function readCommentKeys(): Promise<boolean> {
  const keys = (await db.comments.orderBy('[notificationId+status]').keys()) as unknown as [string, string][];
  const joined = keys.join('\n');
  if (joined === commentKeys) return false;
  commentKeys = joined;
  return true;
}

/** The submission stage of every notification with an approved position or a sending record; true when it changed. */
async function readSubmissionStages(): Promise<boolean> {
  const [positions, records] = await Promise.all([db.positions.toArray(), db.sendingRecords.toArray()]);
  const next = submissionStages(positions, records);
  const key = JSON.stringify([...next].sort());
  if (key === stagesKey) return false;
  stages = next;
  stagesKey = key;
  return true;
}

function takeItems(next: ListItem[]) {
  items = next;
  const prepared = prepareRows(items, countComments(commentKeys ? commentKeys.split('\n').map((k) => k.split(',') as [string, string]) : []), localToday(), stages);
  rows = new ListRows(prepared);
  choices = filterChoices(prepared);
  postPage();
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
      const commentsChanged = await readCommentKeys();
      const stagesChanged = await readSubmissionStages();
      if ((commentsChanged || stagesChanged) && rows) takeItems(items);
      if (!rows) {
        pendingFirstScreen = ((await db.settings.get(FIRST_SCREEN_KEY))?.value as FirstScreen | undefined) ?? null;
        showFirstScreen();
      }
      const state = await currentState();
      if (state === rowsState && state === indexState) continue;
      if (!(await loadStored(state))) await rebuild(state);
    } while (refreshAgain);
    post({ type: 'read' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    refreshing = false;
  }
}

/** The view's lines, redoing only the steps whose inputs changed (a keystroke does not re-sort or re-filter). */
function compute(current: ViewRequest, all: ListRows) {
  if (computed && computed.rows === all && computed.index === index && computed.view === current) return computed;
  let marks: RowMarks = null;
  let highlight = NO_HIGHLIGHT;
  let answeredQuery = '';
  if (current.query && index) {
    if (!searched || searched.rows !== all || searched.index !== index || searched.query !== current.query) {
      const result = index.searchDocuments(current.query);
      searched = { rows: all, index, query: current.query, marks: all.matching(index.documentIds, result.found), highlight: result.highlight };
    }
    marks = searched.marks;
    highlight = searched.highlight;
    answeredQuery = current.query;
  }
  const lines = all.view(all.sorted(current.sorting), all.passing(current.filters), marks, current.expanded);
  computed = { rows: all, index, view: current, lines, answeredQuery, highlight };
  return computed;
}

/** Queries run once the index is loaded, so that the reviewer's first ones find their code compiled. */
const WARM_UP_QUERIES = ['b', 'ba', '电'];
let warmedUp: ListRows | null = null;

/**
 * Once the rows and the index are both there, in an idle moment rather than at the first
 * keystroke: the map between them is made, and a few searches and views are run and dropped.
 */
function prepareSearchSoon() {
  setTimeout(() => {
    if (!rows || !index || warmedUp === rows) return;
    warmedUp = rows;
    rows.rowsOfDocuments(index.documentIds);
    const order = rows.sorted(DEFAULT_SORTING);
    for (const query of WARM_UP_QUERIES) rows.view(order, null, rows.matching(index.documentIds, index.searchDocuments(query).found), {}).slice(0, 100);
  });
}

function postPage() {
  prepareSearchSoon();
  if (!view || !rows) return;
  const result = compute(view, rows);
  const start = Math.max(0, Math.min(windowRange.start, result.lines.lineCount));
  const page: Omit<ListPage, 'viewId'> = {
    lineCount: result.lines.lineCount,
    shown: result.lines.shown,
    total: rows.rows.length,
    start,
    lines: result.lines.slice(start, windowRange.end),
    answeredQuery: result.answeredQuery,
    highlight: result.highlight,
    choices,
    indexReady: index !== null && indexState === rowsState,
  };
  post({ type: 'page', viewId, ...page });
  saveFirstScreenLater(page);
}

/** The page is computed once for the newest of the requests read meanwhile: a keystroke supersedes the one before it. */
const postPageSoon = coalesce(() => {
  showFirstScreen();
  postPage();
});

addEventListener('message', (event: MessageEvent<ToListWorker>) => {
  const message = event.data;
  if (message.type === 'refresh') {
    void refresh();
    return;
  }
  if (message.type === 'view') {
    view = message.view;
  } else if (message.viewId !== viewId) {
    return; // a window of a view that has been replaced
  }
  viewId = message.viewId;
  windowRange = { start: message.start, end: message.end };
  postPageSoon();
});

// Start reading at once, not on the screen's first message.
void refresh();
