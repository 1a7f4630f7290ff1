// Writes rows straight into the app's IndexedDB (as a sync would have left them), a few thousand
// per transaction. The app must have opened its database first; reload afterwards, since Dexie's
// live queries do not see writes made behind its back.
import type { Page } from 'playwright-core';

const CHUNK = 5000;

export async function seedStore(page: Page, tables: Record<string, readonly unknown[]>): Promise<void> {
  for (const [table, rows] of Object.entries(tables)) {
    for (let start = 0; start < rows.length; start += CHUNK) {
      await page.evaluate(
        async ({ table, rows }) => {
          const open = indexedDB.open('tbt-review-desk');
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const tx = db.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          for (const row of rows) store.put(row);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        { table, rows: rows.slice(start, start + CHUNK) },
      );
    }
  }
}
