// The upgrade path: migrations run at start under a lock, so two server processes starting on the
// same PostgreSQL never apply one twice or half-apply one.
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../server/db/migrate';
import { openPostgres } from '../../../server/db/postgres';
import { freshPostgresSchema, postgresSkipReason, testPostgresUrl } from '../../support/server/testDb';

const skip = await postgresSkipReason();

describe.skipIf(skip !== null)(`migrations on start${skip ? ` — skipped: ${skip}` : ''}`, () => {
  it('two processes migrating at once: one applies each migration once, the other waits and applies none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tbt-migrations-'));
    // A slow first migration widens the window; the second would fail if it ran twice.
    await writeFile(join(dir, '001_slow.sql'), 'SELECT pg_sleep(1); CREATE TABLE upgraded (id int PRIMARY KEY);');
    await writeFile(join(dir, '002_rows.sql'), 'INSERT INTO upgraded VALUES (1);');
    const schema = await freshPostgresSchema((await testPostgresUrl())!);
    const first = openPostgres(schema.url, 2);
    const second = openPostgres(schema.url, 2);
    try {
      const [a, b] = await Promise.all([migrate(first, dir), migrate(second, dir)]);
      expect([a, b].sort((x, y) => y.length - x.length)).toEqual([['001_slow.sql', '002_rows.sql'], []]);
      expect(await first.query('SELECT id FROM upgraded')).toEqual([{ id: 1 }]);
      // A later start with one more migration applies only that one.
      await writeFile(join(dir, '003_more.sql'), 'INSERT INTO upgraded VALUES (2);');
      expect(await migrate(second, dir)).toEqual(['003_more.sql']);
    } finally {
      await first.close();
      await second.close();
      await schema.drop();
    }
  });

  it('a failing migration leaves the database as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tbt-migrations-'));
    await writeFile(join(dir, '001_ok.sql'), 'CREATE TABLE kept (id int);');
    await writeFile(join(dir, '002_broken.sql'), 'CREATE TABLE half (id int); SELECT no_such_function();');
    const schema = await freshPostgresSchema((await testPostgresUrl())!);
    const db = openPostgres(schema.url, 2);
    try {
      await expect(migrate(db, dir)).rejects.toThrow(/no_such_function/);
      const tables = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1");
      expect(tables.map((t) => t.table_name)).toEqual([]);
    } finally {
      await db.close();
      await schema.drop();
    }
  });
});
