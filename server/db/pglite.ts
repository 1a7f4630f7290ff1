import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Queryable } from './db';
import { lockDataDir } from './dataDirLock';

interface PgliteLike {
  query<T>(sql: string, params?: unknown[], options?: unknown): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

// bigint (int8) as JS number, as the node-postgres adapter does.
const parsers = { [types.INT8]: (value: string) => Number(value) };

function wrap(client: PgliteLike): Queryable {
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query<T>(sql, params, { parsers })).rows;
    },
    // PGlite hands over decoded strings anyway.
    async queryBytes(sql: string, params: unknown[] = []) {
      const [row] = (await client.query<Record<string, string | null>>(sql, params, { parsers })).rows;
      return Buffer.from((row && Object.values(row)[0]) ?? '');
    },
    async exec(sql: string) {
      await client.exec(sql);
    },
  };
}

/**
 * PGlite in `dataDir` (in memory when undefined). PGlite runs one transaction at a time.
 * A folder is locked for this process until close (throws DataDirInUseError when another has it).
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const unlock = dataDir === undefined ? async () => {} : await lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  const base = wrap(db);
  return {
    ...base,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      try {
        await db.close();
      } finally {
        await unlock();
      }
    },
  };
}
