// import_50k_rows_per_s and import_50k_ratio_to_bulkput: the app's import path against a bare Dexie
// bulkPut of the same records, each into a fresh database with the app's schema.
import { generateNotifications } from '../../../fixtures/generateNotifications';
import type { FigureOutcome } from '../../types';
import { loadRenderer, type BenchDb, type NotificationStoreModule, type SchemaModule } from '../renderer';
import { round } from '../stats';

const COUNT = 50_000;
const ROUNDS = 2;

async function timeInFreshDb(schema: SchemaModule, label: string, write: (db: BenchDb) => Promise<unknown>): Promise<number> {
  const db = schema.openReviewDb(`bench-${label}-${Date.now()}-${Math.random()}`);
  await db.notifications.count(); // opens the database outside the timed part
  const start = performance.now();
  await write(db);
  const ms = performance.now() - start;
  const stored = await db.notifications.count();
  await db.delete();
  if (stored !== COUNT) throw new Error(`${label} stored ${stored} of ${COUNT} records`);
  return ms;
}

export async function importFigure(): Promise<FigureOutcome> {
  const schema = await loadRenderer<SchemaModule>('db/schema.ts');
  const store = await loadRenderer<NotificationStoreModule>('db/notificationStore.ts');
  const records = generateNotifications({ count: COUNT, seed: 7 });
  let importMs = Infinity;
  let bulkMs = Infinity;
  // Alternate the two and keep each one's best run, so that neither gets a colder browser.
  for (let round = 0; round < ROUNDS; round++) {
    bulkMs = Math.min(bulkMs, await timeInFreshDb(schema, 'bulkput', (db) => db.notifications.bulkPut(records)));
    importMs = Math.min(importMs, await timeInFreshDb(schema, 'import', (db) => store.importNotifications(db, records)));
  }
  return {
    figures: [
      { name: 'import_50k_rows_per_s', value: Math.round(COUNT / (importMs / 1000)), unit: 'rows/s' },
      { name: 'import_50k_ms', value: Math.round(importMs), unit: 'ms' },
      { name: 'bulkput_50k_ms', value: Math.round(bulkMs), unit: 'ms' },
      { name: 'import_50k_ratio_to_bulkput', value: round(importMs / bulkMs), unit: 'x' },
    ],
  };
}
