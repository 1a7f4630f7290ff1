// The desk officer's own details for the letter and the internal deadline, kept in the settings
// table so that every submission starts from them.
import type { FillIns, Sender } from '../../shared/compile/types';
import type { ReviewDb } from './schema';

export const SENDER_KEY = 'submission.sender';
export const WORKING_DAYS_KEY = 'submission.internalDeadlineWorkingDays';

/** Comments are due with the desk officer this many working days before the final date, unless set. */
export const DEFAULT_WORKING_DAYS = 5;
export const EMPTY_SENDER: Sender = { name: '', organisation: '', address: '', email: '' };

export interface SubmissionSettings {
  sender: Sender;
  workingDays: number;
}

function isSender(value: unknown): value is Sender {
  if (!value || typeof value !== 'object') return false;
  return (['name', 'organisation', 'address', 'email'] as const).every((k) => typeof (value as Record<string, unknown>)[k] === 'string');
}

export async function loadSubmissionSettings(db: ReviewDb): Promise<SubmissionSettings> {
  const [sender, days] = await Promise.all([db.settings.get(SENDER_KEY), db.settings.get(WORKING_DAYS_KEY)]);
  const workingDays = days?.value;
  return {
    sender: isSender(sender?.value) ? sender.value : EMPTY_SENDER,
    workingDays: typeof workingDays === 'number' && Number.isInteger(workingDays) && workingDays >= 0 ? workingDays : DEFAULT_WORKING_DAYS,
  };
}

/** Changes some of the sender's details, merged into those stored (not into a copy a screen read earlier). */
export async function saveSender(db: ReviewDb, patch: Partial<Sender>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(SENDER_KEY))?.value;
    await db.settings.put({ key: SENDER_KEY, value: { ...(isSender(stored) ? stored : EMPTY_SENDER), ...patch } });
  });
}

export async function saveWorkingDays(db: ReviewDb, workingDays: number): Promise<void> {
  await db.settings.put({ key: WORKING_DAYS_KEY, value: workingDays });
}

const fillInsKey = (notificationId: string) => `submission.fillIns.${notificationId}`;

function isFillIns(value: unknown): value is FillIns {
  if (!value || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).every(
    (fields) => fields !== null && typeof fields === 'object' && Object.values(fields as Record<string, unknown>).every((text) => typeof text === 'string'),
  );
}

/** The texts the officer typed for a sent version of this notification's submission. */
export async function loadFillIns(db: ReviewDb, notificationId: string): Promise<FillIns> {
  const row = await db.settings.get(fillInsKey(notificationId));
  return isFillIns(row?.value) ? row.value : {};
}

export async function saveFillIns(db: ReviewDb, notificationId: string, fillIns: FillIns): Promise<void> {
  await db.settings.put({ key: fillInsKey(notificationId), value: fillIns });
}
