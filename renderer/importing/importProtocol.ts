// Messages between the import screen and importWorker.ts.
import type { EpingImport } from '../../shared/import/eping';

export interface ParseRequest {
  bytes: ArrayBuffer;
  fileName: string;
  now: string;
}

export type ParseMessage =
  | { type: 'progress'; phase: 'reading' | 'mapping'; done: number; total: number }
  | { type: 'result'; result: EpingImport }
  | { type: 'failed'; message: string };
