// The dashboard's reading and counting, off the UI thread, kept for the whole session: reads the
// local store on the first question (dashboardInput.ts), keeps each period length's facts (for other
// periods and drill-downs) and forgets them when any table it reads changes (from this worker, the
// page or another worker). Each answer is saved with the store's fingerprint (savedFigures.ts),
// which the screen asks first: figures of an unchanged store need neither this worker nor any reading.
import { liveQuery } from 'dexie';
import { dashboardFigures, deadlines, drillDown, inDayBucket, notificationFacts, type NotificationFacts, type Period } from '../../shared/dashboard/commentRate';
import { openReviewDb } from '../db/schema';
import { readDashboardInput } from './dashboardInput';
import { saveAnswer, storeFingerprint } from './savedFigures';
import type { FiguresAnswer, FiguresRequest, FromDashboardWorker, ToDashboardWorker } from './dashboardProtocol';

const db = openReviewDb();

let loaded: Promise<Awaited<ReturnType<typeof readDashboardInput>> & { fingerprint: string }> | null = null;
const factsByPeriod = new Map<Period, NotificationFacts[]>();
// Every write to a record the dashboard counts renews the store's fingerprint (renderer/db/recordsStamp.ts),
// from this worker, the page or another worker: a change drops what was computed. The first answer
// only says the watch is on; reading waits for it, so no write slips in between.
let watching: () => void;
const watched = new Promise<void>((resolve) => (watching = resolve));
let first = true;
liveQuery(() => storeFingerprint(db)).subscribe({
  next: () => {
    if (first) {
      first = false;
      watching();
      return;
    }
    loaded = null;
    factsByPeriod.clear();
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
  const [{ all, scoped }, { committeeCodes, fingerprint: print }] = await Promise.all([factsFor(request), load()]);
  const answer = { figures: dashboardFigures(scoped, request.today), periods: [...new Set(all.map((f) => f.period))].sort(), committeeCodes };
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
