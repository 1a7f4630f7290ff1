// Databases for tests: PGlite in memory always; the local PostgreSQL (TEST_DATABASE_URL, default
// 127.0.0.1:5432 database `test`) when it answers, each test database in its own fresh schema.
import pg from 'pg';
import { describe } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../server/db/db';
import { openPglite } from '../../../server/db/pglite';
import { openPostgres } from '../../../server/db/postgres';
import { migrate } from '../../../server/db/migrate';
import { reachablePostgres } from './fixtures';

let found: Promise<string | null> | null = null;

/** The URL of a reachable test PostgreSQL, or null (asked once per test file). */
export function testPostgresUrl(): Promise<string | null> {
  found ??= reachablePostgres();
  return found;
}

/** A URL whose connections see only a new, empty schema; `drop` removes it. */
export async function freshPostgresSchema(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `srv_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

export interface TestDb {
  db: Db;
  /** For opening more connections (another server process) on the same database; null for PGlite. */
  url: string | null;
  close(): Promise<void>;
}

/** `postgresUrl`: another cluster than the shared test one (e.g. a throwaway cluster). */
export async function openTestDb(kind: 'pglite' | 'postgres', postgresUrl?: string): Promise<TestDb> {
  if (kind === 'pglite') {
    const db = await openPglite(undefined);
    await migrate(db);
    return { db, url: null, close: () => db.close() };
  }
  const base = postgresUrl ?? (await testPostgresUrl());
  if (!base) throw new Error('PostgreSQL is not reachable');
  const schema = await freshPostgresSchema(base);
  const db = openPostgres(schema.url, 20);
  await migrate(db);
  return {
    db,
    url: schema.url,
    async close() {
      await db.close();
      await schema.drop();
    },
  };
}

/** The kinds to run a suite on, and why PostgreSQL is skipped when it is. */
export type TestDbKind = 'pglite' | 'postgres';

/** Why the PostgreSQL variant of a suite is skipped, or null when PostgreSQL answers. */
export async function postgresSkipReason(): Promise<string | null> {
  return (await testPostgresUrl()) ? null : 'PostgreSQL at 127.0.0.1:5432 (database test) is unreachable';
}

/** Declares a suite once per database; the PostgreSQL one is skipped, saying why, where it is unreachable. */
export async function describeOnEachDb(title: string, suite: (kind: TestDbKind) => void): Promise<void> {
  const reason = await postgresSkipReason();
  for (const kind of ['pglite', 'postgres'] as const) {
    const skip = kind === 'postgres' ? reason : null;
    describe.skipIf(skip !== null)(`${title} on ${kind}${skip ? ` — skipped: ${skip}` : ''}`, () => suite(kind));
  }
}
