// Pulls skip no change when transactions commit out of sequence order (PostgreSQL, real concurrency).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { appendChange, decodeCursor, pullChanges } from '../../../server/services/changes';
import { openTestDb, postgresSkipReason as whyNoPostgres, type TestDb } from '../../support/server/testDb';
import type { Actor } from '../../../server/auth/sessions';
import type { Queryable } from '../../../server/db/db';

const postgresSkipReason = await whyNoPostgres();
const officer: Actor = { id: 'o', username: 'o', displayName: 'O', role: 'desk_officer', committeeIds: [] };

function wrap(client: pg.Client): Queryable {
  return { query: async (sql, params) => (await client.query(sql, params)).rows, exec: async (sql) => void (await client.query(sql)) };
}

describe.skipIf(postgresSkipReason !== null)(`the change log on PostgreSQL${postgresSkipReason ? ` — skipped: ${postgresSkipReason}` : ''}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('postgres');
  });
  afterAll(async () => t?.close());

  it('a change committed late with an earlier sequence number is still delivered after a pull passed later ones', async () => {
    const early = new pg.Client({ connectionString: t.url! });
    const late = new pg.Client({ connectionString: t.url! });
    await early.connect();
    await late.connect();
    try {
      await early.query('BEGIN');
      await appendChange(wrap(early), { kind: 'standard', entityId: 'early', committeeId: null, data: {} }); // takes the lower seq
      await late.query('BEGIN');
      await appendChange(wrap(late), { kind: 'standard', entityId: 'late', committeeId: null, data: {} });
      await late.query('COMMIT');

      const first = await pullChanges(t.db, officer, decodeCursor('')!, 100);
      expect(first.changes.map((c) => c.entityId)).toEqual([]); // 'late' waits behind the open transaction

      await early.query('COMMIT');
      const second = await pullChanges(t.db, officer, decodeCursor(first.cursor)!, 100);
      expect(second.changes.map((c) => c.entityId).sort()).toEqual(['early', 'late']);
    } finally {
      await early.end();
      await late.end();
    }
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
      let cursor = decodeCursor('')!;
      let afterDone = 0;
      while (seen.filter((id) => id.startsWith('w')).length < total && afterDone < 200) {
        if (done) afterDone++;
        const page = await pullChanges(t.db, officer, cursor, 50);
        seen.push(...page.changes.map((c) => c.entityId));
        cursor = decodeCursor(page.cursor)!;
        if (!page.hasMore) await new Promise((r) => setTimeout(r, done ? 20 : 2));
      }
    })();
    await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        (async () => {
          for (let i = 0; i < perWriter; i++) {
            await t.db.transaction(async (tx) => {
              await appendChange(tx, { kind: 'standard', entityId: `w${w}-${i}`, committeeId: null, data: {} });
              await tx.query('SELECT pg_sleep($1)', [Math.random() * 0.004]);
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
