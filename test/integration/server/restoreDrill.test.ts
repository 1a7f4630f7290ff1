// The restore drill of the README: back up with backup.sh, wipe the database, restore with
// restore.sh, start again; every client pulls on from the cursor it held (the restore started a new
// epoch: from the beginning), and pushes on.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { openPostgres } from '../../../server/db/postgres';
import { migrate } from '../../../server/db/migrate';
import type { Db } from '../../../server/db/db';
import { postgresSkipReason, testPostgresUrl } from '../../support/server/testDb';
import { buildWorld, finishedComment, login, N_A } from '../../support/server/world';
import { auth, newClientId } from '../../support/server/harness';
import { addStandard } from '../../../server/services/catalog';
import { tinyPdf } from '../../../server/services/seed';
import type { Change, PullResponse } from '../../../shared/sync/protocol';

const run = promisify(execFile);
const skip = (await postgresSkipReason()) ?? ((await run('pg_dump', ['--version']).then(() => null, () => 'pg_dump is not installed')));

async function admin(baseUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function pull(app: FastifyInstance, token: string, cursor: string): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  for (;;) {
    const response = await app.inject({ method: 'GET', url: `/sync/pull?limit=100${cursor ? `&cursor=${cursor}` : ''}`, headers: auth(token) });
    expect(response.statusCode).toBe(200);
    const body = response.json<PullResponse>();
    changes.push(...body.changes);
    cursor = body.cursor;
    if (!body.hasMore) return { changes, cursor };
  }
}

/** What a client holds after applying `changes` in order: the newest version of each entity. */
function held(changes: Change[]): Map<string, unknown> {
  return new Map(changes.map((c) => [`${c.kind} ${c.entityId}`, c.data]));
}

function uploadStandard(db: Db, identifier: string) {
  return db.transaction((tx) => addStandard(tx, null, identifier, identifier, 'standard.pdf', tinyPdf(identifier)));
}

describe.skipIf(skip !== null)(`backup and restore${skip ? ` — skipped: ${skip}` : ''}`, () => {
  it('back up, wipe, restore: every client pulls on from its cursor, misses no change, and pushes on as before', async () => {
    const base = (await testPostgresUrl())!;
    const name = `tbt_drill_${randomBytes(5).toString('hex')}`;
    await admin(base, `CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const env = { ...process.env, DATABASE_URL: url.toString() };
    const open = async (): Promise<{ db: Db; app: FastifyInstance }> => {
      const db = openPostgres(url.toString(), 5);
      await migrate(db);
      return { db, app: await buildApp(db, configFromEnv({}), false) };
    };
    let server = await open();
    try {
      const world = await buildWorld(server.db);
      const tokens = { reviewer: await login(server.app, 'reviewerA'), secretary: await login(server.app, 'secretaryA'), officer: await login(server.app, 'officer') };
      const clientId = newClientId();
      const before = [finishedComment(N_A), finishedComment(N_A)];
      const pushed = await server.app.inject({ method: 'POST', url: '/sync/push', headers: auth(tokens.reviewer), payload: { clientId, mutations: before.map((comment, i) => ({ id: i + 1, op: 'comment.put', committeeId: world.committeeA, baseVersion: null, comment })) } });
      expect(pushed.statusCode).toBe(200);
      const cursors = { reviewer: (await pull(server.app, tokens.reviewer, '')).cursor, secretary: (await pull(server.app, tokens.secretary, '')).cursor, officer: (await pull(server.app, tokens.officer, '')).cursor };
      const everythingBefore = await pull(server.app, tokens.secretary, '');
      const everythingOfficerBefore = (await pull(server.app, tokens.officer, '')).changes;

      const dir = await mkdtemp(join(tmpdir(), 'tbt-backup-'));
      const file = join(dir, 'drill.dump');
      await run('bash', ['server/deploy/backup.sh', file], { env });
      expect((await stat(file)).mode & 0o077).toBe(0); // it holds password hashes: its owner's only
      // After the backup, a standard is uploaded and the officer's client pulls it: its cursor is past
      // the backup point, at a seq the restored log will hand out again.
      const lost = await uploadStandard(server.db, 'ISO 1000');
      const officerPast = await pull(server.app, tokens.officer, cursors.officer);
      expect(officerPast.changes.map((c) => c.entityId)).toEqual([lost.id]);
      await server.app.close();
      await server.db.close();

      // The disaster: everything in the database is gone.
      await admin(url.toString(), 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      const wiped = openPostgres(url.toString(), 1);
      expect(await wiped.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).toEqual([]);
      await wiped.close();

      await run('bash', ['server/deploy/restore.sh', file], { env });
      server = await open();

      // Sessions survive, so nobody signs in again. The restore began a new epoch: each client's cursor
      // starts it over, and it receives again everything it may see.
      for (const [who, token] of Object.entries(tokens)) {
        const after = await pull(server.app, token, cursors[who as keyof typeof cursors]);
        expect(after.changes, who).toEqual((await pull(server.app, token, '')).changes);
        cursors[who as keyof typeof cursors] = after.cursor;
      }
      expect((await pull(server.app, tokens.secretary, '')).changes).toEqual(everythingBefore.changes);

      // A standard uploaded after the restore takes the seq the lost one had; the client that pulled
      // past the backup point receives it, and holds what a fresh client holds.
      const replacement = await uploadStandard(server.db, 'ISO 2000');
      const officerAfter = await pull(server.app, tokens.officer, officerPast.cursor);
      expect(officerAfter.changes.map((c) => c.entityId)).toContain(replacement.id);
      const fresh = held((await pull(server.app, tokens.officer, '')).changes);
      const old = held([...everythingOfficerBefore, ...officerPast.changes, ...officerAfter.changes]);
      for (const [entity, data] of fresh) expect(old.get(entity), entity).toEqual(data);
      // Beyond that it still holds the standard the restore lost (PROTOCOL.md, "After a restore").
      expect([...old.keys()].filter((entity) => !fresh.has(entity))).toEqual([`standard ${lost.id}`]);

      // The reviewer's client retries its last push (its answer was lost): applied once, not twice.
      const retried = await server.app.inject({ method: 'POST', url: '/sync/push', headers: auth(tokens.reviewer), payload: { clientId, mutations: [{ id: 2, op: 'comment.put', committeeId: world.committeeA, baseVersion: null, comment: before[1] }] } });
      expect(retried.statusCode).toBe(200);
      const next = finishedComment(N_A);
      const more = await server.app.inject({ method: 'POST', url: '/sync/push', headers: auth(tokens.reviewer), payload: { clientId, mutations: [{ id: 3, op: 'comment.put', committeeId: world.committeeA, baseVersion: null, comment: next }] } });
      expect(more.statusCode).toBe(200);
      const secretaryGets = await pull(server.app, tokens.secretary, cursors.secretary);
      expect(secretaryGets.changes.map((c) => c.entityId)).toEqual([replacement.id, next.id]);
      const [count] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM comments');
      expect(count!.n).toBe(3);
    } finally {
      await server.app.close().catch(() => {});
      await server.db.close().catch(() => {});
      await admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }, 240_000);
});
