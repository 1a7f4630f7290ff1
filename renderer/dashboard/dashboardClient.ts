// The screen's side of dashboardWorker.ts: figures saved for the store as it is are read on the UI
// thread (two reads); anything else goes to one worker for the session, started on the first such
// question, with a promise per question.
import { db } from '../db/schema';
import { savedAnswer } from './savedFigures';
import type { DrillTarget, FiguresAnswer, FiguresRequest, FromDashboardWorker, ToDashboardWorker } from './dashboardProtocol';

export interface DashboardClient {
  figures(request: FiguresRequest): Promise<FiguresAnswer>;
  drill(request: FiguresRequest, target: DrillTarget): Promise<string[]>;
}

let worker: DashboardClient | null = null;
const workerClient = () => (worker ??= startDashboardWorker());

export const dashboardClient: DashboardClient = {
  figures: async (request) => (await savedAnswer(db, request)) ?? workerClient().figures(request),
  drill: (request, target) => workerClient().drill(request, target),
};

function startDashboardWorker(): DashboardClient {
  const worker = new Worker(new URL('./dashboardWorker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (message: FromDashboardWorker) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<FromDashboardWorker>) => {
    const message = event.data;
    const pending = waiting.get(message.requestId);
    waiting.delete(message.requestId);
    if (message.type === 'error') pending?.reject(new Error(message.message));
    else pending?.resolve(message);
  };
  worker.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'worker error'));
    waiting.clear();
  };
  const ask = (message: ToDashboardWorker) =>
    new Promise<FromDashboardWorker>((resolve, reject) => {
      waiting.set(message.requestId, { resolve, reject });
      worker.postMessage(message);
    });
  return {
    figures: async (request) => {
      const answer = await ask({ type: 'figures', requestId: ++nextId, ...request });
      if (answer.type !== 'figures') throw new Error(`unexpected answer ${answer.type}`);
      return { figures: answer.figures, periods: answer.periods, committeeCodes: answer.committeeCodes };
    },
    drill: async (request, target) => {
      const answer = await ask({ type: 'drill', requestId: ++nextId, request, target });
      if (answer.type !== 'ids') throw new Error(`unexpected answer ${answer.type}`);
      return answer.ids;
    },
  };
}
