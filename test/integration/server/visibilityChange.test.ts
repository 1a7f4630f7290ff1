// Who sees what changes when an account joins a committee or gets another role, and her app has
// long pulled: her next pull must bring everything she may now see, not only what is written after.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auth, push, newClientId, startHarness, type Harness } from '../../support/server/harness';
import { finishedComment, N_A } from '../../support/server/world';
import { describeOnEachDb } from '../../support/server/testDb';
import { updateAccount } from '../../../server/services/accounts';
import type { Change, PullResponse } from '../../../shared/sync/protocol';

async function pullFrom(h: Harness, token: string, start: string): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let cursor = start;
  for (;;) {
    const response = await h.app.inject({ method: 'GET', url: `/sync/pull?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers: auth(token) });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<PullResponse>();
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}
const entities = (changes: Change[], kind: Change['kind']) => changes.filter((c) => c.kind === kind).map((c) => c.entityId);

await describeOnEachDb('a pull after the account sees more', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close());

  it('an expert the secretary adds to her committee receives its earlier notifications and documents', async () => {
    const before = await pullFrom(h, h.tokens.reviewerB, '');
    expect(entities(before.changes, 'notification')).not.toContain(N_A);
    const added = await h.app.inject({ method: 'POST', url: `/committees/${h.world.committeeA}/experts`, headers: auth(h.tokens.secretaryA), payload: { username: 'reviewerb' } });
    expect(added.statusCode, added.body).toBeLessThan(300);
    const after = await pullFrom(h, h.tokens.reviewerB, before.cursor);
    expect(entities(after.changes, 'notification')).toContain(N_A);
    expect(entities(after.changes, 'document')).toContain(h.world.documentA);
    // Once caught up, the next pull brings nothing again.
    expect((await pullFrom(h, h.tokens.reviewerB, after.cursor)).changes).toEqual([]);
  });

  it('a reviewer made secretary receives the comments of her committee written before', async () => {
    const comment = finishedComment(N_A);
    const pushed = await push(h.app, h.tokens.reviewerA, newClientId(), [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment }]);
    expect(pushed.status).toBe(200);
    const before = await pullFrom(h, h.tokens.reviewerA2, '');
    expect(entities(before.changes, 'comment')).not.toContain(comment.id);
    await h.test.db.transaction((tx) => updateAccount(tx, h.world.users.admin, 'reviewera2', { role: 'secretary' }));
    const token = (await h.app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'reviewera2', password: 'correct-horse-battery' } })).json().token as string;
    const after = await pullFrom(h, token, before.cursor);
    expect(entities(after.changes, 'comment')).toContain(comment.id);
  });
});
