import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../sync/testing';
import { DEFAULT_WORKING_DAYS, EMPTY_SENDER, loadSubmissionSettings, saveSender, saveWorkingDays, SENDER_KEY, WORKING_DAYS_KEY } from './submissionSettings';

describe('the desk officer’s sender and internal deadline settings', () => {
  it('start empty with the default working days, and keep what was saved', async () => {
    const db = freshDb();
    expect(await loadSubmissionSettings(db)).toEqual({ sender: EMPTY_SENDER, workingDays: DEFAULT_WORKING_DAYS });
    const sender = { name: 'Zhao Min', organisation: 'WTO/TBT Enquiry Point of China', address: 'Beijing', email: 'tbt@example.cn' };
    await saveSender(db, sender);
    await saveWorkingDays(db, 0);
    expect(await loadSubmissionSettings(db)).toEqual({ sender, workingDays: 0 });
  });

  it('details typed one after the other are all kept, however fast (each save merges into what is stored)', async () => {
    const db = freshDb();
    // The screen saves a field when it loses focus; tabbing from Name to Organisation saves twice
    // before the screen has re-read the settings.
    await Promise.all([saveSender(db, { name: 'Li Wei' }), saveSender(db, { organisation: 'WTO/TBT Enquiry Point of China' }), saveSender(db, { email: 'tbt@example.cn' })]);
    expect((await loadSubmissionSettings(db)).sender).toEqual({ name: 'Li Wei', organisation: 'WTO/TBT Enquiry Point of China', address: '', email: 'tbt@example.cn' });
  });

  it('falls back to the defaults when a stored value is not usable', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: SENDER_KEY, value: { name: 'only a name' } },
      { key: WORKING_DAYS_KEY, value: 2.5 },
    ]);
    expect(await loadSubmissionSettings(db)).toEqual({ sender: EMPTY_SENDER, workingDays: DEFAULT_WORKING_DAYS });
  });
});
