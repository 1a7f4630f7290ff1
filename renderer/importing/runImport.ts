// One import from the screen: parse in the worker, then write in one transaction.
import type { ImportIssue } from '../../shared/import/issues';
import type { ImportStats } from '../../shared/import/eping';
import { importNotifications, type StoreOutcome } from '../db/notificationStore';
import type { ReviewDb } from '../db/schema';
import { parseInWorker } from './parseInWorker';

export type ImportPhase = { phase: 'reading' | 'mapping' | 'saving'; done: number; total: number };

export type ImportRun = { ok: true; stats: ImportStats; outcome: StoreOutcome } | { ok: false; issues: ImportIssue[] };

export async function runImport(db: ReviewDb, file: File, onPhase: (phase: ImportPhase) => void): Promise<ImportRun> {
  const parsed = await parseInWorker(await file.arrayBuffer(), file.name, onPhase);
  if (!parsed.ok) return parsed;
  const total = parsed.notifications.length;
  onPhase({ phase: 'saving', done: 0, total });
  const outcome = await importNotifications(db, parsed.notifications, ({ done }) => onPhase({ phase: 'saving', done, total }));
  return { ok: true, stats: parsed.stats, outcome };
}
