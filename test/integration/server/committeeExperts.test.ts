// A secretary manages her committee's experts; nobody else's, and no other roles.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auth, startHarness, type Harness } from '../../support/server/harness';
import { describeOnEachDb } from '../../support/server/testDb';

await describeOnEachDb('a committee’s experts', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close(), 60_000);

  const members = async (committeeId: string) => {
    const response = await h.app.inject({ method: 'GET', url: `/committees/${committeeId}/members`, headers: auth(h.tokens.secretaryA) });
    return (response.json().members as { id: string; displayName: string }[]).map((m) => m.displayName);
  };
  const post = (who: keyof Harness['tokens'], url: string, payload: unknown) => h.app.inject({ method: 'POST', url, headers: auth(h.tokens[who]), payload: payload as object });

  it('the secretary adds an existing expert, creates a new one who activates with the code, and removes one', async () => {
    const A = h.world.committeeA;
    expect((await post('secretaryA', `/committees/${A}/experts`, { username: 'reviewerb' })).statusCode).toBe(201);
    expect(await members(A)).toContain('reviewerB');

    const created = await post('secretaryA', `/committees/${A}/experts/new`, { username: 'new.expert', displayName: '新专家' });
    expect(created.statusCode).toBe(201);
    const { activationCode, id } = created.json();
    expect(await members(A)).toContain('新专家');
    const activated = await h.app.inject({ method: 'POST', url: '/auth/activate', payload: { username: 'new.expert', code: activationCode, password: 'chosen-by-her' } });
    expect(activated.statusCode).toBe(200);
    expect(activated.json().user.committees.map((c: { id: string }) => c.id)).toEqual([A]);

    const removed = await h.app.inject({ method: 'DELETE', url: `/committees/${A}/experts/${id}`, headers: auth(h.tokens.secretaryA) });
    expect(removed.statusCode).toBe(204);
    expect(await members(A)).not.toContain('新专家');
  });

  it('refuses other committees, other roles, non-experts and unknown users', async () => {
    const A = h.world.committeeA;
    expect((await post('secretaryB', `/committees/${A}/experts`, { username: 'reviewerb' })).statusCode).toBe(403);
    expect((await post('reviewerA', `/committees/${A}/experts`, { username: 'reviewerb' })).statusCode).toBe(403);
    expect((await post('officer', `/committees/${A}/experts/new`, { username: 'x.y', displayName: 'X' })).statusCode).toBe(403);
    expect((await post('secretaryA', `/committees/${A}/experts`, { username: 'officer' })).json().error).toBe('not_an_expert');
    expect((await post('secretaryA', `/committees/${A}/experts`, { username: 'nobody' })).statusCode).toBe(404);
    expect((await post('secretaryA', `/committees/${A}/experts/new`, { username: 'reviewera', displayName: 'Again' })).json().error).toBe('username_taken');
    expect((await post('secretaryA', `/committees/${A}/experts/new`, { username: 'Bad Name', displayName: 'X' })).statusCode).toBe(400);
    const removeSecretary = await h.app.inject({ method: 'DELETE', url: `/committees/${A}/experts/${h.world.users.secretaryA}`, headers: auth(h.tokens.secretaryA) });
    expect(removeSecretary.json().error).toBe('not_an_expert');
    expect((await post('admin', `/committees/${A}/experts`, { username: 'reviewerb' })).statusCode).toBe(201);
  });
});
