// Messages between the import screen and importWorker.ts.
import type { ImportIssue } from '../../shared/import/issues';
import type { ImportStats } from '../../shared/import/eping';
import type { StoreOutcome } from '../db/notificationStore';

export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  now: string;
}

export type ImportPhase = { phase: 'reading' | 'mapping' | 'saving'; done: number; total: number };

export type ImportRun = { ok: true; stats: ImportStats; outcome: StoreOutcome } | { ok: false; issues: ImportIssue[] };

export type ImportMessage = ({ type: 'progress' } & ImportPhase) | { type: 'result'; result: ImportRun } | { type: 'failed'; message: string };
