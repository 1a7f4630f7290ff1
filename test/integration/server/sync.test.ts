// The sync protocol through the HTTP app (fastify.inject), on PGlite and on the local PostgreSQL.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auth, newClientId, push, startHarness, type Harness } from '../../support/server/harness';
import { finishedComment, N_A, N_B } from '../../support/server/world';
import { describeOnEachDb } from '../../support/server/testDb';
import { PULL_NEXT_CURSOR_HEADER, type Change, type PullResponse } from '../../../shared/sync/protocol';


async function pullAll(h: Harness, token: string, limit = 500): Promise<{ changes: Change[]; pages: number; cursor: string }> {
  const changes: Change[] = [];
  let cursor = '';
  let pages = 0;
  for (;;) {
    const response = await h.app.inject({ method: 'GET', url: `/sync/pull?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, headers: auth(token) });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<PullResponse>();
    // A page with more after it names the next cursor ahead of its body; the last page does not.
    expect(response.headers[PULL_NEXT_CURSOR_HEADER]).toBe(body.hasMore ? body.cursor : undefined);
    changes.push(...body.changes);
    cursor = body.cursor;
    pages++;
    if (!body.hasMore) return { changes, pages, cursor };
  }
}

await describeOnEachDb('sync protocol', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close());

  it('a reviewer pulls the notifications and documents of their committee only', async () => {
    const a = await pullAll(h, h.tokens.reviewerA);
    const b = await pullAll(h, h.tokens.reviewerB);
    const ids = (changes: Change[], kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.entityId);
    expect(ids(a.changes, 'notification')).toEqual([N_A]);
    expect(ids(a.changes, 'document')).toEqual([h.world.documentA]);
    expect(ids(b.changes, 'notification')).toEqual([N_B]);
    expect(ids(b.changes, 'document')).toEqual([]);
    const officer = await pullAll(h, h.tokens.officer);
    expect(ids(officer.changes, 'notification').sort()).toEqual([N_A, N_B].sort());
  });

  it('a pushed comment gets version 1, and a retried push applies nothing twice', async () => {
    const clientId = newClientId();
    const comment = finishedComment(N_A);
    const mutations = [{ id: 1, op: 'comment.put' as const, committeeId: h.world.committeeA, baseVersion: null, comment }];
    const first = await push(h.app, h.tokens.reviewerA, clientId, mutations);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ ackedThrough: 1, results: [{ id: 1, status: 'applied', version: 1 }] });
    const retry = await push(h.app, h.tokens.reviewerA, clientId, mutations);
    expect(retry.body).toEqual(first.body);
    const versions = await h.test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM comment_versions WHERE comment_id = $1', [comment.id]);
    expect(versions[0]!.n).toBe(1);
  });

  it('a push that overtook an earlier one is refused with the last applied id, and nothing is skipped', async () => {
    const clientId = newClientId();
    const put = (id: number) => ({ id, op: 'comment.put' as const, committeeId: h.world.committeeA, baseVersion: null, comment: finishedComment(N_A) });
    const early = [put(1), put(2)];
    const late = [put(3)];
    const overtaking = await push(h.app, h.tokens.reviewerA, clientId, late);
    expect(overtaking.status).toBe(409);
    expect(overtaking.body).toMatchObject({ error: 'mutation_gap', ackedThrough: 0 });
    expect((await push(h.app, h.tokens.reviewerA, clientId, early)).body.ackedThrough).toBe(2);
    expect((await push(h.app, h.tokens.reviewerA, clientId, late)).body.ackedThrough).toBe(3);
    const stored = await h.test.db.query('SELECT 1 FROM comments WHERE id = ANY($1::text[])', [[...early, ...late].map((m) => m.comment.id)]);
    expect(stored).toHaveLength(3);
  });

  it('a revision based on a stale version is a conflict carrying the server version, and changes nothing', async () => {
    const clientA = newClientId();
    const clientA2 = newClientId(); // the same reviewer on a second device
    const comment = finishedComment(N_A);
    await push(h.app, h.tokens.reviewerA, clientA, [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment }]);
    const revised = { ...comment, commentEn: 'Revised on the laptop' };
    const applied = await push(h.app, h.tokens.reviewerA, clientA, [{ id: 2, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: 1, comment: revised }]);
    expect(applied.body.results).toEqual([{ id: 2, status: 'applied', version: 2 }]);
    const stale = { ...comment, commentEn: 'Revised on the desktop' };
    const conflict = await push(h.app, h.tokens.reviewerA, clientA2, [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: 1, comment: stale }]);
    expect(conflict.body.results[0]).toMatchObject({ status: 'conflict', server: { version: 2, comment: { commentEn: 'Revised on the laptop' } } });
    const [row] = await h.test.db.query<{ version: number; body: { commentEn: string } }>('SELECT version, body FROM comments WHERE id = $1', [comment.id]);
    expect(row).toMatchObject({ version: 2, body: { commentEn: 'Revised on the laptop' } });
    // Resolving: a put based on the server's version applies as version 3; all versions are kept.
    const resolved = await push(h.app, h.tokens.reviewerA, clientA2, [{ id: 2, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: 2, comment: stale }]);
    expect(resolved.body.results).toEqual([{ id: 2, status: 'applied', version: 3 }]);
    const versions = await h.test.db.query<{ version: number }>('SELECT version FROM comment_versions WHERE comment_id = $1 ORDER BY version', [comment.id]);
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it('a comment can be withdrawn until the secretary locks the compilation', async () => {
    const clientId = newClientId();
    const comment = finishedComment(N_A);
    await push(h.app, h.tokens.reviewerA, clientId, [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment }]);
    const withdrawn = await push(h.app, h.tokens.reviewerA, clientId, [{ id: 2, op: 'comment.withdraw', commentId: comment.id, baseVersion: 1 }]);
    expect(withdrawn.body.results).toEqual([{ id: 2, status: 'applied', version: 2 }]);
    const lock = await h.app.inject({ method: 'POST', url: '/compilations/lock', headers: auth(h.tokens.secretaryA), payload: { notificationId: N_A, committeeId: h.world.committeeA, locked: true } });
    expect(lock.statusCode).toBe(204);
    const afterLock = await push(h.app, h.tokens.reviewerA, clientId, [{ id: 3, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: 2, comment }]);
    expect(afterLock.body.results).toEqual([{ id: 3, status: 'rejected', reason: 'locked' }]);
    const reviewerSees = await pullAll(h, h.tokens.reviewerA);
    expect(reviewerSees.changes.filter((c) => c.kind === 'lock').at(-1)?.data).toMatchObject({ notificationId: N_A, locked: true });
    await h.app.inject({ method: 'POST', url: '/compilations/lock', headers: auth(h.tokens.secretaryA), payload: { notificationId: N_A, committeeId: h.world.committeeA, locked: false } });
    const reopened = await push(h.app, h.tokens.reviewerA, clientId, [{ id: 4, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: 2, comment }]);
    expect(reopened.body.results).toEqual([{ id: 4, status: 'applied', version: 3 }]);
  });

  it('a comment reaches its author and the secretaries of its committee, and nobody else in other roles', async () => {
    const comment = finishedComment(N_A, { commentEn: 'visibility probe' });
    await push(h.app, h.tokens.reviewerA, newClientId(), [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment }]);
    const sees = async (token: string) => (await pullAll(h, token)).changes.some((c) => c.kind === 'comment' && c.entityId === comment.id);
    expect(await sees(h.tokens.reviewerA)).toBe(true);
    expect(await sees(h.tokens.secretaryA)).toBe(true);
    expect(await sees(h.tokens.officer)).toBe(true);
    expect(await sees(h.tokens.reviewerA2)).toBe(false);
    expect(await sees(h.tokens.reviewerB)).toBe(false);
    expect(await sees(h.tokens.secretaryB)).toBe(false);
  });

  it('ids forged in a push are refused: another committee, another author\u2019s comment, another user\u2019s client id', async () => {
    const clientId = newClientId();
    const foreignCommittee = await push(h.app, h.tokens.reviewerA, clientId, [{ id: 1, op: 'comment.put', committeeId: h.world.committeeB, baseVersion: null, comment: finishedComment(N_B) }]);
    expect(foreignCommittee.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'forbidden' }]);
    const unassigned = await push(h.app, h.tokens.reviewerA, clientId, [{ id: 2, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: finishedComment(N_B) }]);
    expect(unassigned.body.results).toEqual([{ id: 2, status: 'rejected', reason: 'not_assigned' }]);

    const own = finishedComment(N_A);
    await push(h.app, h.tokens.reviewerA, clientId, [{ id: 3, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: own }]);
    const hijack = await push(h.app, h.tokens.reviewerA2, newClientId(), [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: 1, comment: { ...own, commentEn: 'overwritten' } }]);
    expect(hijack.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'forbidden' }]);
    const withdrawOther = await push(h.app, h.tokens.secretaryA, newClientId(), [{ id: 1, op: 'comment.withdraw', commentId: own.id, baseVersion: 1 }]);
    expect(withdrawOther.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'forbidden' }]);
    const [row] = await h.test.db.query<{ author_id: string; version: number; withdrawn: boolean }>('SELECT author_id, version, withdrawn FROM comments WHERE id = $1', [own.id]);
    expect(row).toEqual({ author_id: h.world.users.reviewerA, version: 1, withdrawn: false });

    const stolenClient = await push(h.app, h.tokens.reviewerA2, clientId, [{ id: 4, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: finishedComment(N_A) }]);
    expect(stolenClient.status).toBe(403);
    expect(stolenClient.body).toMatchObject({ error: 'client_taken' });
  });

  it('a draft or an unfinished comment is refused on its own; the push goes on, and a malformed body is a 400', async () => {
    const clientId = newClientId();
    const later = finishedComment(N_A);
    const draft = await push(h.app, h.tokens.reviewerA, clientId, [
      { id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: finishedComment(N_A, { status: 'draft' }) },
      { id: 2, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: finishedComment(N_A, { concerns: [] }) },
      { id: 3, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: later },
    ]);
    expect(draft.status).toBe(200);
    expect(draft.body).toEqual({
      ackedThrough: 3,
      results: [
        { id: 1, status: 'rejected', reason: 'invalid' },
        { id: 2, status: 'rejected', reason: 'invalid' },
        { id: 3, status: 'applied', version: 1 },
      ],
    });
    const noMutations = await push(h.app, h.tokens.reviewerA, newClientId(), []);
    expect(noMutations.status).toBe(400);
    expect(noMutations.body).toMatchObject({ error: 'invalid_body' });
    const broken = await h.app.inject({ method: 'POST', url: '/sync/push', headers: { ...auth(h.tokens.reviewerA), 'content-type': 'application/json' }, payload: '{"clientId": ' });
    expect(broken.statusCode).toBe(400);
    const huge = await h.app.inject({ method: 'POST', url: '/sync/push', headers: auth(h.tokens.reviewerA), payload: { clientId: newClientId(), mutations: [], pad: 'x'.repeat(5 * 1024 * 1024) } });
    expect(huge.statusCode).toBe(413);
    for (const response of [noMutations.body, broken.json(), huge.json()]) expect(JSON.stringify(response)).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it('pulls page through every change exactly once, and an empty pull keeps the cursor', async () => {
    const clientId = newClientId();
    const mutations = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, op: 'comment.put' as const, committeeId: h.world.committeeA, baseVersion: null, comment: finishedComment(N_A) }));
    await push(h.app, h.tokens.reviewerA, clientId, mutations);
    const paged = await pullAll(h, h.tokens.secretaryA, 2);
    const whole = await pullAll(h, h.tokens.secretaryA, 1000);
    expect(paged.pages).toBeGreaterThan(3);
    expect(paged.changes).toEqual(whole.changes);
    for (const m of mutations) expect(paged.changes.filter((c) => c.entityId === m.comment.id)).toHaveLength(1);
    const again = await h.app.inject({ method: 'GET', url: `/sync/pull?cursor=${whole.cursor}`, headers: auth(h.tokens.secretaryA) });
    expect(again.json()).toEqual({ changes: [], cursor: whole.cursor, hasMore: false });
    const bad = await h.app.inject({ method: 'GET', url: '/sync/pull?cursor=abc', headers: auth(h.tokens.secretaryA) });
    expect(bad.statusCode).toBe(400);
    // A cursor that names no epoch (the earlier plain seq) or another one (a restored database) starts over.
    const [, seq, view] = /^[0-9a-f]{32}\.(\d+)v(\d+)$/.exec(whole.cursor)!;
    for (const cursor of [seq!, `${'0'.repeat(32)}.${seq}v${view}`]) {
      const over = await h.app.inject({ method: 'GET', url: `/sync/pull?limit=1000&cursor=${cursor}`, headers: auth(h.tokens.secretaryA) });
      expect(over.json(), cursor).toEqual({ changes: whole.changes, cursor: whole.cursor, hasMore: false });
    }
  });

  it('every write is in the audit log with its author', async () => {
    const comment = finishedComment(N_A);
    await push(h.app, h.tokens.reviewerA, newClientId(), [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment }]);
    const rows = await h.test.db.query<{ user_id: string; action: string }>('SELECT user_id, action FROM audit_log WHERE entity_id = $1', [comment.id]);
    expect(rows).toEqual([{ user_id: h.world.users.reviewerA, action: 'comment.create' }]);
  });
});
