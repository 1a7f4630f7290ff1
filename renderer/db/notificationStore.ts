// Writing imported notifications: one transaction, so an import that fails part-way leaves the
// store as it was; upsert by id, merged field by field with the stored copy (mergeNotification),
// so a re-import or a pull updates, never duplicates and never blanks out a field. Comments live
// in their own table and are never touched.
import type { Notification } from '../../shared/domain/notification';
import { mergeNotification } from '../../shared/domain/mergeNotification';
import type { ReviewDb } from './schema';

export interface StoreProgress {
  done: number;
  total: number;
}

export interface StoreOutcome {
  created: number;
  updated: number;
  /** Already stored with the same content: not written again, updatedAt kept. */
  unchanged: number;
  /** Imported follow-ups whose base notification is now in the store. */
  followUpsLinked: number;
}

export const IMPORT_CHUNK_SIZE = 2000;

const IMPORT_TIMESTAMPS = new Set(['importedAt', 'updatedAt']);

/** Does `merged` differ from `old` in anything but the import timestamps? */
function sameContent(old: Notification, merged: Notification): boolean {
  const before = old as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(merged)) {
    if (IMPORT_TIMESTAMPS.has(key)) continue;
    const previous = before[key];
    if (previous === value) continue;
    if (typeof previous !== 'object' || typeof value !== 'object' || previous === null || value === null) return false;
    if (JSON.stringify(previous) !== JSON.stringify(value)) return false;
  }
  return true;
}

export async function importNotifications(
  db: ReviewDb,
  notifications: readonly Notification[],
  onProgress?: (progress: StoreProgress) => void,
  chunkSize = IMPORT_CHUNK_SIZE,
): Promise<StoreOutcome> {
  const table = db.notifications;
  return db.transaction('rw', table, async () => {
    // Keys only: cheap, and tells which records need their first importedAt (and any fields other
    // features keep on them) carried over, so that new records are written without reading.
    const stored = new Set(await table.toCollection().primaryKeys());
    const incomingIds = new Set(notifications.map((n) => n.id));
    const reimported = notifications.filter((n) => stored.has(n.id)).length;
    // Reading the whole table in one getAll is several times faster per record than bulkGet, so
    // when the import covers a good part of the store (a re-import), read it all at once.
    const preloaded = new Map<string, Notification>();
    const readAll = reimported > 0 && reimported * 2 >= stored.size;
    if (readAll) {
      for (const record of await table.toArray()) if (incomingIds.has(record.id)) preloaded.set(record.id, record);
    }
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (let start = 0; start < notifications.length; start += chunkSize) {
      const chunk = notifications.slice(start, start + chunkSize);
      const existing = new Map<string, Notification>();
      const toFetch = readAll ? [] : chunk.filter((n) => stored.has(n.id)).map((n) => n.id);
      for (const n of chunk) {
        const known = preloaded.get(n.id);
        if (known) existing.set(n.id, known);
      }
      if (toFetch.length) {
        for (const record of await table.bulkGet(toFetch)) if (record) existing.set(record.id, record);
      }
      const rows: Notification[] = [];
      for (const incoming of chunk) {
        const old = existing.get(incoming.id);
        if (!old) {
          rows.push(incoming);
          created++;
          continue;
        }
        const merged = mergeNotification(old, incoming);
        if (sameContent(old, merged)) {
          unchanged++;
        } else {
          rows.push(merged);
          updated++;
        }
      }
      if (rows.length) await table.bulkPut(rows);
      onProgress?.({ done: start + chunk.length, total: notifications.length });
    }
    for (const n of notifications) stored.add(n.id);
    const followUpsLinked = notifications.filter((n) => n.parentSymbol !== null && stored.has(n.baseSymbol)).length;
    return { created, updated, unchanged, followUpsLinked };
  });
}
