// The figures the dashboard last showed, saved in the local store with the fingerprint of the records
// they were counted from (storeFingerprint), so that after an app start an unchanged store draws them
// at once: no reading of 50,000 notifications and 200,000 comments, no counting. A different
// fingerprint (any record the dashboard counts changed) or another day makes them unusable.
import type { ReviewDb } from '../db/schema';
import type { FiguresAnswer, FiguresRequest } from './dashboardProtocol';

const KEY = 'dashboard.figures';

interface Saved {
  fingerprint: string;
  today: string;
  /** By `${period}|${scope}`. */
  answers: Record<string, FiguresAnswer>;
}

const answerKey = (request: FiguresRequest) => `${request.period}|${request.scope}`;

async function readSaved(db: ReviewDb): Promise<Saved | undefined> {
  return (await db.settings.get(KEY))?.value as Saved | undefined;
}

/** The saved answer to this request, if it was counted from records with this fingerprint on the same day. */
export async function savedAnswer(db: ReviewDb, fingerprint: string, request: FiguresRequest): Promise<FiguresAnswer | undefined> {
  const saved = await readSaved(db);
  if (saved?.fingerprint !== fingerprint || saved.today !== request.today) return undefined;
  return saved.answers[answerKey(request)];
}

/** Keeps this answer beside the others counted from the same records on the same day; drops any other. */
export async function saveAnswer(db: ReviewDb, fingerprint: string, request: FiguresRequest, answer: FiguresAnswer): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const saved = await readSaved(db);
    const answers = saved?.fingerprint === fingerprint && saved.today === request.today ? saved.answers : {};
    const value: Saved = { fingerprint, today: request.today, answers: { ...answers, [answerKey(request)]: answer } };
    await db.settings.put({ key: KEY, value });
  });
}
