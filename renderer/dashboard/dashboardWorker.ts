// The dashboard's reading and counting, off the UI thread: reads the local store once per visit
// (dashboardInput.ts), then answers figures for each period length and scope, and the ids behind a
// clicked chart element.
import { dashboardFigures, deadlines, drillDown, inDayBucket, notificationFacts, type NotificationFacts, type Period } from '../../shared/dashboard';
import { openReviewDb } from '../db/schema';
import { readDashboardInput } from './dashboardInput';
import type { FiguresRequest, FromDashboardWorker, ToDashboardWorker } from './dashboardProtocol';

const db = openReviewDb();
const loaded = readDashboardInput(db);
const factsByPeriod = new Map<Period, NotificationFacts[]>();

async function factsFor(request: FiguresRequest): Promise<{ all: NotificationFacts[]; scoped: NotificationFacts[] }> {
  const { input } = await loaded;
  let all = factsByPeriod.get(request.period);
  if (!all) factsByPeriod.set(request.period, (all = notificationFacts(input, request.period)));
  return { all, scoped: request.scope ? all.filter((f) => f.period === request.scope) : all };
}

const post = (message: FromDashboardWorker) => postMessage(message);

onmessage = async (event: MessageEvent<ToDashboardWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'figures') {
      const [{ all, scoped }, { committeeCodes }] = await Promise.all([factsFor(message), loaded]);
      const periods = [...new Set(all.map((f) => f.period))].sort();
      post({ type: 'figures', requestId: message.requestId, figures: dashboardFigures(scoped, message.today), periods, committeeCodes });
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

