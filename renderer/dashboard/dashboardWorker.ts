// The dashboard's reading and counting, off the UI thread, kept for the whole session: reads the
// local store on the first question (dashboardInput.ts), keeps each period length's facts and each
// answer, and forgets them all when any table it reads changes (from this worker, the page or
// another worker), so that coming back to the dashboard shows the same figures at once. Each answer
// is also saved with the store's fingerprint (savedFigures.ts): after an app start an unchanged
// store is answered from there without reading or counting anything.
import { liveQuery } from 'dexie';
import { dashboardFigures, deadlines, drillDown, inDayBucket, notificationFacts, type NotificationFacts, type Period } from '../../shared/dashboard';
import { openReviewDb } from '../db/schema';
import { readDashboardInput, storeFingerprint } from './dashboardInput';
import { saveAnswer, savedAnswer } from './savedFigures';
import type { FiguresAnswer, FiguresRequest, FromDashboardWorker, ToDashboardWorker } from './dashboardProtocol';

const db = openReviewDb();

let loaded: Promise<Awaited<ReturnType<typeof readDashboardInput>> & { fingerprint: string }> | null = null;
const factsByPeriod = new Map<Period, NotificationFacts[]>();
const answers = new Map<string, FiguresAnswer>();
let fingerprint: Promise<string> | null = null;

// Counting a table observes all of it: any write to one re-runs this and drops what was computed.
// What a pull writes (pulled comments, assignments, positions) moves the sync cursor in the same
// transaction, so watching the cursor stands for those tables without counting 200,000 comments.
// The first answer only says the watch is on; reading waits for it, so no write slips in between.
let watching: () => void;
const watched = new Promise<void>((resolve) => (watching = resolve));
let first = true;
liveQuery(() => Promise.all([db.syncState.get('cursor'), ...[db.notifications, db.comments, db.positions, db.sendingRecords].map((table) => table.count())])).subscribe({
  next: () => {
    if (first) {
      first = false;
      watching();
      return;
    }
    loaded = null;
    fingerprint = null;
    factsByPeriod.clear();
    answers.clear();
  },
  error: () => watching(),
});

// The fingerprint is taken before the records are read: figures saved under it are never older than what it describes.
const load = () => (loaded ??= watched.then(async () => ({ fingerprint: await storeFingerprint(db), ...(await readDashboardInput(db)) })));

async function factsFor(request: FiguresRequest): Promise<{ all: NotificationFacts[]; scoped: NotificationFacts[] }> {
  const { input } = await load();
  let all = factsByPeriod.get(request.period);
  if (!all) factsByPeriod.set(request.period, (all = notificationFacts(input, request.period)));
  return { all, scoped: request.scope ? all.filter((f) => f.period === request.scope) : all };
}

async function figures(request: FiguresRequest): Promise<FiguresAnswer> {
  const key = JSON.stringify([request.period, request.scope, request.today]);
  const known = answers.get(key);
  if (known) return known;
  const saved = await savedAnswer(db, await (fingerprint ??= watched.then(() => storeFingerprint(db))), request);
  if (saved) {
    answers.set(key, saved);
    return saved;
  }
  const [{ all, scoped }, { committeeCodes, fingerprint: print }] = await Promise.all([factsFor(request), load()]);
  const answer = { figures: dashboardFigures(scoped, request.today), periods: [...new Set(all.map((f) => f.period))].sort(), committeeCodes };
  answers.set(key, answer);
  void saveAnswer(db, print, request, answer).catch(() => undefined);
  return answer;
}

const post = (message: FromDashboardWorker) => postMessage(message);

onmessage = async (event: MessageEvent<ToDashboardWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'figures') {
      post({ type: 'figures', requestId: message.requestId, ...(await figures(message)) });
    } else {
      const { scoped } = await factsFor(message.request);
      const target = message.target;
      const ids =
        target.kind === 'cell' ? drillDown(scoped, target.cell) : target.kind === 'days' ? inDayBucket(scoped, target.bucket) : deadlines(scoped, message.request.today)[target.which];
      post({ type: 'ids', requestId: message.requestId, ids });
    }
  } catch (error) {
    post({ type: 'error', requestId: message.requestId, message: error instanceof Error ? error.message : String(error) });
  }
};
