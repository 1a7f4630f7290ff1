// The figures the dashboard last showed, saved in the local store with the fingerprint of the records
// they were counted from (storeFingerprint), so that after an app start an unchanged store draws them
// at once: two reads on the UI thread, no worker, no reading of 50,000 notifications and 200,000
// comments, no counting. A different fingerprint (any record the dashboard counts changed) or another
// day makes them unusable.
import type { ReviewDb } from '../db/schema';
import { readRecordsStamp } from '../db/recordsStamp';
import type { FiguresAnswer, FiguresRequest } from './dashboardProtocol';

const KEY = 'dashboard.figures';
/** Increase when the figures are counted differently, so that those saved by an older version are not shown. */
const VERSION = 3;

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

/**
 * Changes whenever anything the dashboard counts changes (a write to a notification, comment,
 * assignment, position or sending record renews the store's stamp, renderer/db/recordsStamp.ts), or
 * the way it is counted.
 */
export async function storeFingerprint(db: ReviewDb): Promise<string> {
  return `${VERSION}|${await readRecordsStamp(db)}`;
}

/** The saved answer to this request, if it was counted on the same day from the records as they are now. */
export async function savedAnswer(db: ReviewDb, request: FiguresRequest): Promise<FiguresAnswer | undefined> {
  const [fingerprint, saved] = await db.transaction('r', db.settings, () => Promise.all([storeFingerprint(db), readSaved(db)]));
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
