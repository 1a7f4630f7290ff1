import { mkdir } from 'node:fs/promises';
import type { Db } from './db';
import { openPostgres } from './postgres';
import { openPglite } from './pglite';

/** PostgreSQL when a URL is given, else PGlite in `dataDir`. */
export async function openDb(options: { databaseUrl?: string; dataDir: string; dbMaxConnections?: number }): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.dbMaxConnections);
  await mkdir(options.dataDir, { recursive: true });
  return openPglite(options.dataDir);
}
