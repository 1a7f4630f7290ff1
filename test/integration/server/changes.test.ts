// Pulls skip no change when transactions commit out of sequence order (PostgreSQL, real concurrency).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { appendChange, appendChanges, decodeCursor, PULL_SQL, pullChanges } from '../../../server/services/changes';
import { describeOnEachDb, openTestDb, postgresSkipReason as whyNoPostgres, type TestDb } from '../../support/server/testDb';
import { burnXidsTo, currentXid, nextPowerOfTen, powerOfTenOutOfReach } from '../../support/server/xids';
import type { Actor } from '../../../server/auth/sessions';
import type { Queryable } from '../../../server/db/db';

const postgresSkipReason = await whyNoPostgres();
const officer: Actor = { id: 'o', username: 'o', displayName: 'O', role: 'desk_officer', committeeIds: [], viewVersion: 0 };

function wrap(client: pg.Client): Queryable {
  return {
    kind: 'postgres',
    query: async (sql, params) => (await client.query(sql, params)).rows,
    queryBytes: async (sql, params) => Buffer.from(String(Object.values((await client.query(sql, params)).rows[0] ?? {})[0] ?? '')),
    exec: async (sql) => void (await client.query(sql)),
  };
}

describe.skipIf(postgresSkipReason !== null)(`the change log on PostgreSQL${postgresSkipReason ? ` — skipped: ${postgresSkipReason}` : ''}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('postgres');
  });
  afterAll(async () => t?.close());

  it('appenders do not wait for each other, and a pull passes no change while one below it is still open', async () => {
    const early = new pg.Client({ connectionString: t.url! });
    const late = new pg.Client({ connectionString: t.url! });
    await early.connect();
    await late.connect();
    try {
      const start = await pullChanges(t.db, officer, decodeCursor('', 0)!, 1000);
      await early.query('BEGIN');
      await appendChange(wrap(early), { kind: 'standard', entityId: 'early', committeeId: null, data: {} });
      await late.query('BEGIN');
      await appendChange(wrap(late), { kind: 'standard', entityId: 'late', committeeId: null, data: {} }); // does not wait for `early`
      await late.query('COMMIT'); // commits before the change below it

      const first = await pullChanges(t.db, officer, decodeCursor(start.cursor, 0)!, 100);
      expect(first.changes.map((c) => c.entityId)).toEqual([]); // the pull answers at once, and passes nothing

      await early.query('COMMIT');
      const second = await pullChanges(t.db, officer, decodeCursor(first.cursor, 0)!, 100);
      expect(second.changes.map((c) => c.entityId)).toEqual(['early', 'late']);
    } finally {
      await early.end();
      await late.end();
    }
  });

  it('an appender that rolls back holds nothing back', async () => {
    const aborted = new pg.Client({ connectionString: t.url! });
    await aborted.connect();
    try {
      const start = await pullChanges(t.db, officer, decodeCursor('', 0)!, 1000);
      await aborted.query('BEGIN');
      await appendChange(wrap(aborted), { kind: 'standard', entityId: 'rolled-back', committeeId: null, data: {} });
      await t.db.transaction((tx) => appendChange(tx, { kind: 'standard', entityId: 'after-rollback', committeeId: null, data: {} }));
      await aborted.query('ROLLBACK');
      const page = await pullChanges(t.db, officer, decodeCursor(start.cursor, 0)!, 100);
      expect(page.changes.map((c) => c.entityId)).toEqual(['after-rollback']);
    } finally {
      await aborted.end();
    }
  });

  it('a transaction left open in another database of the cluster does not hold pulls back', async () => {
    const otherDatabase = new URL(t.url!);
    otherDatabase.pathname = '/postgres';
    otherDatabase.search = '';
    const idle = new pg.Client({ connectionString: otherDatabase.toString() });
    await idle.connect();
    try {
      await idle.query('BEGIN');
      await idle.query('SELECT pg_current_xact_id()'); // holds an xid: the cluster's snapshot xmin stays behind it
      const [{ state }] = (await idle.query<{ state: string }>('SELECT state FROM pg_stat_activity WHERE pid = pg_backend_pid()')).rows as [{ state: string }];
      expect(state).toBe('active');
      const before = await pullChanges(t.db, officer, decodeCursor('', 0)!, 1000);
      await t.db.transaction((tx) => appendChange(tx, { kind: 'standard', entityId: 'while-idle', committeeId: null, data: {} }));
      const after = await pullChanges(t.db, officer, decodeCursor(before.cursor, 0)!, 1000);
      expect(after.changes.map((c) => c.entityId)).toEqual(['while-idle']);
      const [{ idleInTransaction }] = (await t.db.query<{ idleInTransaction: number }>(
        "SELECT count(*)::int AS \"idleInTransaction\" FROM pg_stat_activity WHERE datname = 'postgres' AND state = 'idle in transaction' AND backend_xid IS NOT NULL",
      )) as [{ idleInTransaction: number }];
      expect(idleInTransaction).toBeGreaterThanOrEqual(1);
    } finally {
      await idle.query('ROLLBACK').catch(() => {});
      await idle.end();
    }
  });

  it('a pull reads the primary key in cursor order, without sorting the rows after the cursor', async () => {
    await t.db.transaction((tx) => appendChanges(tx, Array.from({ length: 5000 }, (_, i) => ({ kind: 'standard' as const, entityId: `plan${i}`, committeeId: null, data: {} }))));
    await t.db.exec('ANALYZE changes');
    const literals = ['0', '9223372036854775807', '500', "'o'", "'desk_officer'", "'{}'", '200'];
    const plan = (await t.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${PULL_SQL.replace(/\$(\d)/g, (_, n: string) => literals[Number(n) - 1]!)}`)).map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index Scan using changes_pkey/);
    expect(plan).not.toMatch(/Sort/);
  });

  it('with many concurrent writers and a puller running alongside, the puller receives every change exactly once', async () => {
    const writers = 12;
    const perWriter = 25;
    const total = writers * perWriter;
    let done = false;
    const seen: string[] = [];
    // Pulls until every change has arrived; after the writers finish, a bounded number of extra
    // pulls (another session of the cluster may briefly hold the snapshot horizon back).
    const puller = (async () => {
      let cursor = decodeCursor('', 0)!;
      let afterDone = 0;
      while (seen.filter((id) => /^w\d+-\d+$/.test(id)).length < total && afterDone < 200) {
        if (done) afterDone++;
        const page = await pullChanges(t.db, officer, cursor, 50);
        seen.push(...page.changes.map((c) => c.entityId));
        cursor = decodeCursor(page.cursor, 0)!;
        if (!page.hasMore) await new Promise((r) => setTimeout(r, done ? 20 : 2));
      }
    })();
    await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        (async () => {
          for (let i = 0; i < perWriter; i++) {
            await t.db.transaction(async (tx) => {
              await tx.query('SELECT pg_sleep($1)', [Math.random() * 0.004]);
              await appendChange(tx, { kind: 'standard', entityId: `w${w}-${i}`, committeeId: null, data: {} });
            });
          }
        })(),
      ),
    );
    done = true;
    await puller;
    const expected = Array.from({ length: writers * perWriter }, (_, k) => `w${Math.floor(k / perWriter)}-${k % perWriter}`);
    const mine = seen.filter((id) => /^w\d+-\d+$/.test(id));
    expect(mine.sort()).toEqual(expected.sort());
  });
});

describeOnEachDb('pulling the change log while transaction ids cross a power of ten', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(kind);
  });
  afterAll(async () => t?.close(), 60_000);

  it('a client pulling in small pages receives every change exactly once, in the order written', async (context) => {
    const outOfReach = await powerOfTenOutOfReach(t.db);
    if (outOfReach) return context.skip(`skipped: ${outOfReach}`);
    const power = await nextPowerOfTen(t.db);
    // On a busy PostgreSQL cluster the next power may be far away; PGlite starts below 1000.
    await burnXidsTo(t.db, power - 30n);
    const written: string[] = [];
    const seen: string[] = [];
    let cursor = decodeCursor('', 0)!;
    const pullSome = async () => {
      const page = await pullChanges(t.db, officer, cursor, 7);
      seen.push(...page.changes.map((c) => c.entityId));
      cursor = decodeCursor(page.cursor, 0)!;
      return page.hasMore;
    };
    for (let i = 0; i < 60; i++) {
      const id = `x${i}`;
      await t.db.transaction((tx) => appendChange(tx, { kind: 'standard', entityId: id, committeeId: null, data: {} }));
      written.push(id);
      if (i % 9 === 0) await pullSome(); // a client that is behind at the boundary
    }
    expect(await currentXid(t.db)).toBeGreaterThan(power);
    while (await pullSome());
    expect(seen).toEqual(written);

    const fresh: string[] = [];
    let freshCursor = decodeCursor('', 0)!;
    for (;;) {
      const page = await pullChanges(t.db, officer, freshCursor, 1000);
      fresh.push(...page.changes.map((c) => c.entityId));
      freshCursor = decodeCursor(page.cursor, 0)!;
      if (!page.hasMore) break;
    }
    expect(fresh.filter((id) => id.startsWith('x'))).toEqual(written);
  });
});
