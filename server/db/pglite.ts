import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Queryable } from './db';

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

/** PGlite in `dataDir` (in memory when undefined). PGlite runs one transaction at a time. */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const db = await PGlite.create(dataDir);
  const base = wrap(db);
  return {
    ...base,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
