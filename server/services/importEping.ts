// Server-side ePing import: the same shared mapping the desktop uses, then upsert.
import type { Db } from '../db/db';
import { HttpError } from '../errors';
import { upsertNotifications } from './catalog';
import { readSheet } from './readSheet';
import { importEpingSheet, type ImportStats } from '../../shared/import/eping';

export async function importEping(db: Db, by: string | null, bytes: Uint8Array, fileName: string): Promise<{ created: number; updated: number; stats: ImportStats }> {
  const sheet = await readSheet(bytes, fileName);
  const result = importEpingSheet(sheet, { now: new Date().toISOString() });
  if (!result.ok) throw new HttpError(400, 'import_failed', JSON.stringify(result.issues.slice(0, 20)), { issues: result.issues });
  const counts = await db.transaction((tx) => upsertNotifications(tx, by, result.notifications));
  return { ...counts, stats: result.stats };
}
