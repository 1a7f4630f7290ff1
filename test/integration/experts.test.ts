// Against the real sync server (in this process, PGlite in memory).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningServer, type ListeningServer } from '../support/server/listeningServer';
import { freshDb, testEngine } from '../../renderer/sync/testing';
import { memoryTokenStore } from '../../renderer/sync/tokenStore';
import { assignExperts, fetchMembers } from '../../renderer/compile/experts';

let server: ListeningServer;
beforeAll(async () => {
  server = await startListeningServer();
});
afterAll(async () => {
  await server?.close();
});

describe('the secretary assigns experts', () => {
  it('lists the committee members and assigns one; the expert’s computer pulls the assignment', async () => {
    const db = freshDb();
    const tokens = memoryTokenStore();
    const secretary = testEngine(db, { tokens });
    await secretary.signIn(server.url, 'secretarya', server.password);
    const members = await fetchMembers(db, server.committeeA, { tokens });
    if (members.kind !== 'ok') throw new Error(`members: ${JSON.stringify(members)}`);
    const expert = members.value.find((m) => m.displayName === 'reviewerA2')!;
    expect(await assignExperts(db, server.N_A, server.committeeA, [expert.id], { tokens })).toEqual({ kind: 'ok', value: null });

    const expertDb = freshDb();
    const engine = testEngine(expertDb);
    await engine.signIn(server.url, 'reviewera2', server.password);
    await engine.requestSync();
    expect(await expertDb.assignments.get([server.N_A, server.committeeA])).toMatchObject({ expertIds: [expert.id] });
  });

  it('reports a refusal with the server’s code, and asks nothing when not signed in', async () => {
    const db = freshDb();
    const tokens = memoryTokenStore();
    await testEngine(db, { tokens }).signIn(server.url, 'secretarya', server.password);
    expect(await assignExperts(db, server.N_B, server.committeeA, [], { tokens })).toEqual({ kind: 'failed', code: 'not_assigned' });
    expect(await fetchMembers(freshDb(), server.committeeA, { tokens: memoryTokenStore() })).toEqual({ kind: 'not_signed_in' });
  });
});
