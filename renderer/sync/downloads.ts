// PDF bytes for offline use: each pending file downloaded with progress, checked against the
// sha256 in its metadata, and stored; a file that does not match is not kept.
import { sha256Hex } from '../../shared/util/sha256';
import type { ReviewDb } from '../db/schema';
import type { SyncApi } from './api';

export interface DownloadProgress {
  fileName: string;
  /** 1-based position among the files of this round. */
  index: number;
  count: number;
  received: number;
  total: number;
}

export class ChecksumError extends Error {
  constructor(readonly fileName: string) {
    super(`sha256 mismatch for ${fileName}`);
  }
}

export async function downloadPendingFiles(db: ReviewDb, api: SyncApi, onProgress: (progress: DownloadProgress | null) => void): Promise<void> {
  const pending = await db.pendingFiles.toArray();
  try {
    for (const [i, file] of pending.entries()) {
      const report = (received: number, total: number) => onProgress({ fileName: file.fileName, index: i + 1, count: pending.length, received, total: total || file.byteLength });
      report(0, file.byteLength);
      const path = file.kind === 'document' ? `/documents/${encodeURIComponent(file.entityId)}/content` : `/standards/${encodeURIComponent(file.entityId)}/content`;
      const bytes = await api.download(path, report);
      if ((await sha256Hex(bytes)) !== file.sha256) throw new ChecksumError(file.fileName);
      await db.transaction('rw', db.files, db.pendingFiles, async () => {
        if ((await db.files.where('sha256').equals(file.sha256).count()) === 0) await db.files.add({ sha256: file.sha256, bytes: new Blob([bytes]) });
        await db.pendingFiles.delete(file.sha256);
      });
    }
  } finally {
    onProgress(null);
  }
}
