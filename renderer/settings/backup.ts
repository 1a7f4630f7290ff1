// Backup of the whole local database to one file, and restore from it — so that a reviewer can
// move to a new laptop without a server. A restore is staged in a separate database, upgraded to
// the current schema there, and copied into the live one in a single transaction: if anything
// fails, the live data is as it was.
import Dexie from 'dexie';
import { exportDB, importDB, peakImportFile } from 'dexie-export-import';
import { DB_NAME, openReviewDb, type ReviewDb } from '../db/schema';

export const BACKUP_EXTENSION = 'tbtbackup';
const STAGING_DB_NAME = `${DB_NAME}-restore-staging`;

export type BackupErrorCode = 'not_a_backup' | 'other_database' | 'newer_version' | 'damaged' | 'restore_failed';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

export interface TableChange {
  table: string;
  current: number;
  backup: number;
}

export interface BackupPreview {
  databaseVersion: number;
  tables: TableChange[];
}

export function backupFileName(now = new Date()): string {
  return `tbt-review-desk-${now.toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`;
}

export function createBackup(db: ReviewDb): Promise<Blob> {
  return exportDB(db);
}

/** What a restore would replace, table by table; throws BackupError for a file we cannot restore. */
export async function previewRestore(db: ReviewDb, file: Blob): Promise<BackupPreview> {
  let meta;
  try {
    meta = await peakImportFile(file);
  } catch (error) {
    throw new BackupError('not_a_backup', String(error));
  }
  if (meta?.formatName !== 'dexie' || !meta.data) throw new BackupError('not_a_backup');
  if (meta.data.databaseName !== DB_NAME) throw new BackupError('other_database', meta.data.databaseName);
  if (meta.data.databaseVersion > db.verno) throw new BackupError('newer_version', String(meta.data.databaseVersion));
  const backupCounts = new Map(meta.data.tables.map((t) => [t.name, t.rowCount]));
  const tables = await Promise.all(
    db.tables.map(async (table) => ({ table: table.name, current: await table.count(), backup: backupCounts.get(table.name) ?? 0 })),
  );
  return { databaseVersion: meta.data.databaseVersion, tables };
}

export async function restoreBackup(db: ReviewDb, file: Blob): Promise<void> {
  const preview = await previewRestore(db, file);
  await Dexie.delete(STAGING_DB_NAME);
  let staging: ReviewDb | null = null;
  try {
    const imported = await importDB(file, { name: STAGING_DB_NAME });
    // The JSON reader accepts a file cut short; every row the header announces must be there.
    for (const { table, backup } of preview.tables) {
      const found = imported.tables.find((t) => t.name === table);
      const count = found ? await found.count() : 0;
      if (count !== backup) throw new BackupError('damaged', `${table}: ${count} of ${backup}`);
    }
    imported.close();
    staging = openReviewDb(STAGING_DB_NAME);
    await staging.open(); // runs the schema upgrades for an older backup
    // Read everything first: a transaction on the live database must not wait on another one.
    const rows = new Map<string, unknown[]>();
    for (const table of staging.tables) rows.set(table.name, await table.toArray());
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        await table.clear();
        await table.bulkPut(rows.get(table.name) ?? []);
      }
    });
  } catch (error) {
    throw error instanceof BackupError ? error : new BackupError('restore_failed', String(error));
  } finally {
    staging?.close();
    await Dexie.delete(STAGING_DB_NAME);
  }
}
