// The committee secretary chooses the experts of an assigned notification; the experts learn it on
// their next pull. Only the committee's own secretary (or an admin) may.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auth, startHarness, type Harness } from '../../support/server/harness';
import { N_A, N_B } from '../../support/server/world';
import { describeOnEachDb } from '../../support/server/testDb';
import type { Change, CommitteeMembersResponse, PullResponse } from '../../../shared/sync/protocol';


async function pullAll(h: Harness, token: string): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor = '';
  for (;;) {
    const response = await h.app.inject({ method: 'GET', url: `/sync/pull${cursor ? `?cursor=${cursor}` : ''}`, headers: auth(token) });
    const body = response.json<PullResponse>();
    changes.push(...body.changes);
    cursor = body.cursor;
    if (!body.hasMore) return changes;
  }
}

await describeOnEachDb('assigning experts', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close());

  const setExperts = (token: string, notificationId: string, committeeId: string, expertIds: string[]) =>
    h.app.inject({ method: 'POST', url: '/compilations/experts', headers: auth(token), payload: { notificationId, committeeId, expertIds } });

  it('the secretary lists the committee members and assigns one; the expert pulls the assignment', async () => {
    const members = await h.app.inject({ method: 'GET', url: `/committees/${h.world.committeeA}/members`, headers: auth(h.tokens.secretaryA) });
    expect(members.statusCode).toBe(200);
    expect(members.json<CommitteeMembersResponse>().members.map((m) => m.displayName)).toEqual(['reviewerA', 'reviewerA2', 'secretaryA']);

    const response = await setExperts(h.tokens.secretaryA, N_A, h.world.committeeA, [h.world.users.reviewerA]);
    expect(response.statusCode).toBe(204);
    const latest = (await pullAll(h, h.tokens.reviewerA)).filter((c) => c.kind === 'notification' && c.entityId === N_A).at(-1);
    expect(latest?.data).toMatchObject({ committeeId: h.world.committeeA, expertIds: [h.world.users.reviewerA] });
  });

  it('nobody else may assign experts or list the members, and only members can be assigned', async () => {
    expect((await setExperts(h.tokens.secretaryB, N_A, h.world.committeeA, [])).statusCode).toBe(403);
    expect((await setExperts(h.tokens.reviewerA, N_A, h.world.committeeA, [h.world.users.reviewerA])).statusCode).toBe(403);
    expect((await setExperts(h.tokens.secretaryA, N_B, h.world.committeeA, [])).json()).toMatchObject({ error: 'not_assigned' });
    expect((await setExperts(h.tokens.secretaryA, N_A, h.world.committeeA, [h.world.users.reviewerB])).json()).toMatchObject({ error: 'not_a_member' });
    const members = await h.app.inject({ method: 'GET', url: `/committees/${h.world.committeeA}/members`, headers: auth(h.tokens.secretaryB) });
    expect(members.statusCode).toBe(403);
    const reviewer = await h.app.inject({ method: 'GET', url: `/committees/${h.world.committeeA}/members`, headers: auth(h.tokens.reviewerA) });
    expect(reviewer.statusCode).toBe(403);
  });
});
