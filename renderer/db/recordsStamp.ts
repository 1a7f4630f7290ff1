// A stamp in the local store that changes, in the same transaction, with every write to the records
// that figures are counted from: notifications, own and pulled comments, assignments, positions and
// sending records. Whatever was derived from them under one stamp still holds while the stamp is the
// same, which one read tells, instead of counting 200,000 rows. Written by a Dexie middleware, so
// that every write path (import, sync, review, restore, the workers) renews it without knowing.
import type { DBCore, Dexie, Middleware } from 'dexie';

const STAMPED_TABLES = new Set(['notifications', 'comments', 'remoteComments', 'assignments', 'positions', 'sendingRecords']);
const STAMP_TABLE = 'settings';
const RECORDS_STAMP_KEY = 'records.stamp';

export const recordsStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RecordsStamp',
  create: (down) => ({
    ...down,
    // A write to a stamped table also writes the stamp: its transaction must include the stamp's table
    // (so, while it runs, other transactions on db.settings wait for it).
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.some((s) => STAMPED_TABLES.has(s)) && !stores.includes(STAMP_TABLE) ? [...stores, STAMP_TABLE] : stores, mode, options),
    table: (name) => {
      const table = down.table(name);
      if (!STAMPED_TABLES.has(name)) return table;
      return {
        ...table,
        // A random value rather than a count: no read first, and never the same after a restore from another computer's backup.
        mutate: async (request) => {
          const stamp = { key: RECORDS_STAMP_KEY, value: crypto.randomUUID() };
          const [result] = await Promise.all([table.mutate(request), down.table(STAMP_TABLE).mutate({ type: 'put', trans: request.trans, values: [stamp] })]);
          return result;
        },
      };
    },
  }),
};

/** The current stamp; '' while no write has gone through the middleware (a store last written by an older version). */
export async function readRecordsStamp(db: Dexie): Promise<string> {
  return String(((await db.table(STAMP_TABLE).get(RECORDS_STAMP_KEY)) as { value?: unknown } | undefined)?.value ?? '');
}
