// Client data never causes a 500: text the database cannot store is cleaned, fields over their
// limits are refused one mutation at a time (the outbox moves on), racing first pushes of one new
// comment conflict, and whatever a push stores, every puller can parse.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auth, newClientId, push, startHarness, type Harness } from '../../support/server/harness';
import { finishedComment, N_A } from '../../support/server/world';
import { describeOnEachDb } from '../../support/server/testDb';
import type { Change, Mutation } from '../../../shared/sync/protocol';
import { parsePullResponse } from '../../../shared/sync/pullResponse';
import { MAX_ID_LENGTH } from '../../../shared/schemas/text';

async function pullEverything(h: Harness, token: string): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor = '';
  for (;;) {
    const response = await h.app.inject({ method: 'GET', url: `/sync/pull?limit=1000${cursor ? `&cursor=${cursor}` : ''}`, headers: auth(token) });
    expect(response.statusCode, response.body).toBe(200);
    const page = parsePullResponse(response.json()); // as every client parses it
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

await describeOnEachDb('what a push may carry', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close(), 60_000);

  const put = (id: number, comment = finishedComment(N_A)): Mutation => ({ id, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment });

  it('a quote with NUL characters and lone surrogates is stored cleaned, and the author and the secretary pull it', async () => {
    const dirty = finishedComment(N_A, { commentEn: 'Clause\u0000 4.2 \uD800 bad \uDC00 end', clause: '4.\u00002', commentZh: '正文\uD83D\uDE00' });
    const response = await push(h.app, h.tokens.reviewerA, newClientId(), [put(1, dirty)]);
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([{ id: 1, status: 'applied', version: 1 }]);
    for (const token of [h.tokens.reviewerA, h.tokens.secretaryA, h.tokens.officer]) {
      const pulled = (await pullEverything(h, token)).find((c) => c.entityId === dirty.id);
      expect(pulled?.kind).toBe('comment');
      const comment = pulled!.kind === 'comment' ? pulled!.data.comment : null;
      expect(comment?.commentEn).toBe('Clause 4.2 \uFFFD bad \uFFFD end');
      expect(comment?.clause).toBe('4.2');
      expect(comment?.commentZh).toBe('正文\uD83D\uDE00'); // a proper pair stays
    }
  });

  it('ids and texts over their limits are refused one by one, and what follows in the outbox is applied', async () => {
    const clientId = newClientId();
    const ok = finishedComment(N_A);
    const response = await push(h.app, h.tokens.reviewerA, clientId, [
      put(1, finishedComment(N_A, { id: 'x'.repeat(MAX_ID_LENGTH + 1) })),
      put(2, finishedComment(N_A, { id: 'y'.repeat(3000) })),
      put(3, finishedComment(N_A, { commentEn: 'z'.repeat(200_000) })),
      { id: 4, op: 'comment.withdraw', commentId: 'w'.repeat(5000), baseVersion: 1 },
      put(5, ok),
    ]);
    expect(response.status).toBe(200);
    expect(response.body.ackedThrough).toBe(5);
    expect(response.body.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'applied']);
    const next = await push(h.app, h.tokens.reviewerA, clientId, [put(6)]);
    expect(next.body.results).toEqual([{ id: 6, status: 'applied', version: 1 }]);
    // Whatever was stored, every puller parses (the pull schema is the push schema).
    for (const token of Object.values(h.tokens)) await pullEverything(h, token);
  });

  it('clients racing the first push of one new comment: one is applied, the others get conflict, none a 500', async () => {
    const comment = finishedComment(N_A);
    const responses = await Promise.all(
      [h.tokens.reviewerA, h.tokens.reviewerA, h.tokens.reviewerA, h.tokens.reviewerA].map((token) => push(h.app, token, newClientId(), [put(1, comment)])),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const statuses = responses.map((r) => r.body.results[0]!.status).sort();
    expect(statuses).toEqual(['applied', 'conflict', 'conflict', 'conflict']);
  });

  it('a cursor too large for any change is a 400, not a 500', async () => {
    for (const cursor of ['99999999999999999999', '9'.repeat(19), '1e400', '-1', '1.5.3']) {
      const response = await h.app.inject({ method: 'GET', url: `/sync/pull?cursor=${cursor}`, headers: auth(h.tokens.officer) });
      expect(response.statusCode, cursor).toBe(400);
    }
  });
});
