// The dashboard's reading and counting, off the UI thread, kept for the whole session: reads the
// local store on the first question (dashboardInput.ts), keeps each period length's facts and each
// answer, and forgets them all when any table it reads changes (from this worker, the page or
// another worker), so that coming back to the dashboard shows the same figures at once.
import { liveQuery } from 'dexie';
import { dashboardFigures, deadlines, drillDown, inDayBucket, notificationFacts, type NotificationFacts, type Period } from '../../shared/dashboard';
import { openReviewDb } from '../db/schema';
import { readDashboardInput } from './dashboardInput';
import type { FiguresAnswer, FiguresRequest, FromDashboardWorker, ToDashboardWorker } from './dashboardProtocol';

const db = openReviewDb();

let loaded: ReturnType<typeof readDashboardInput> | null = null;
const factsByPeriod = new Map<Period, NotificationFacts[]>();
const answers = new Map<string, FiguresAnswer>();

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
    factsByPeriod.clear();
    answers.clear();
  },
  error: () => watching(),
});

const load = () => (loaded ??= watched.then(() => readDashboardInput(db)));

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
  const [{ all, scoped }, { committeeCodes }] = await Promise.all([factsFor(request), load()]);
  const answer = { figures: dashboardFigures(scoped, request.today), periods: [...new Set(all.map((f) => f.period))].sort(), committeeCodes };
  answers.set(key, answer);
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
