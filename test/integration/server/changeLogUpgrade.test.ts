// Upgrading a server whose change log was written before migration 008 (data as jsonb): every
// change pulls afterwards exactly as before, and new changes append and pull after them.
import { afterEach, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, MIGRATIONS_DIR } from '../../../server/db/migrate';
import { openPglite } from '../../../server/db/pglite';
import { openPostgres } from '../../../server/db/postgres';
import { appendChanges, decodeCursor, pullChanges } from '../../../server/services/changes';
import { describeOnEachDb, freshPostgresSchema, testPostgresUrl } from '../../support/server/testDb';
import type { Actor } from '../../../server/auth/sessions';
import type { Db } from '../../../server/db/db';

const officer: Actor = { id: 'o', username: 'o', displayName: 'O', role: 'desk_officer', committeeIds: [], viewVersion: 0 };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function openEmpty(kind: 'pglite' | 'postgres'): Promise<Db> {
  if (kind === 'pglite') {
    const db = await openPglite(undefined);
    cleanups.push(() => db.close());
    return db;
  }
  const schema = await freshPostgresSchema((await testPostgresUrl())!);
  const db = openPostgres(schema.url, 2);
  cleanups.push(async () => (await db.close(), await schema.drop()));
  return db;
}

await describeOnEachDb('the change log upgraded to json data (migration 008)', (kind) => {
  it('pulls every change written before the upgrade as it was, then new ones after them', async () => {
    const before = await mkdtemp(join(tmpdir(), 'tbt-migrations-'));
    cleanups.push(() => rm(before, { recursive: true, force: true }));
    // Before 008, plus the epoch (009) that today's pulls read.
    for (const file of (await readdir(MIGRATIONS_DIR)).filter((f) => f < '008' || f.startsWith('009_'))) await cp(join(MIGRATIONS_DIR, file), join(before, file));
    const db = await openEmpty(kind);
    await migrate(db, before);
    // As the server wrote them before 008: jsonb, whose text puts keys in its own order.
    const old = [
      { kind: 'standard', entity_id: 's1', data: { title: 'Safety of toys — 玩具安全', identifier: 'ISO 8124-1', pages: 12, nested: { a: [1, null, true] } } },
      { kind: 'comment', entity_id: 'c1', data: { comment: { commentZh: '意见 "引号" \\ 反斜杠', id: 'c1' }, version: 3 } },
    ];
    for (const row of old) await db.query('INSERT INTO changes (kind, entity_id, committee_id, owner_id, data) VALUES ($1, $2, NULL, NULL, $3::jsonb)', [row.kind, row.entity_id, JSON.stringify(row.data)]);
    const pulledBefore = await pullChanges(db, officer, decodeCursor('', 0)!, 100);

    expect(await migrate(db)).toContain('008_change_log_json.sql');
    const pulledAfter = await pullChanges(db, officer, decodeCursor('', 0)!, 100);
    expect(pulledAfter).toEqual(pulledBefore);
    expect(pulledAfter.changes.map((c) => c.data)).toEqual(old.map((row) => row.data));

    await appendChanges(db, [{ kind: 'standard', entityId: 's2', committeeId: null, data: { title: '新的', pages: 1 } }]);
    const next = await pullChanges(db, officer, decodeCursor(pulledAfter.cursor, 0)!, 100);
    expect(next.changes).toEqual([{ kind: 'standard', entityId: 's2', data: { title: '新的', pages: 1 } }]);
  });
});
