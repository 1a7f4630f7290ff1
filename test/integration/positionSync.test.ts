// An approved position travels from the secretary's computer to the desk officer's through the
// real sync server (in this process, PGlite in memory).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve, decide, startPosition } from '../../shared/compile/compilation';
import { startListeningServer, type ListeningServer } from '../support/server/listeningServer';
import { finishedComment, freshDb, testEngine } from '../../renderer/sync/testing';
import { saveComment } from '../../renderer/sync/outbox';
import { getState } from '../../renderer/sync/syncState';
import { approvedPositions, positionRow, savePosition } from '../../renderer/compile/positionStore';
import { queueApprovedPosition } from '../../renderer/compile/positionSync';

let server: ListeningServer;
beforeAll(async () => {
  server = await startListeningServer();
});
afterAll(async () => {
  await server?.close();
});

describe('committee positions through the sync server', () => {
  it('the desk officer pulls the position the secretary approved on another computer', async () => {
    const reviewerDb = freshDb();
    const reviewer = testEngine(reviewerDb);
    await reviewer.signIn(server.url, 'reviewera', server.password);
    const comment = finishedComment(server.N_A, { commentEn: 'Follow ISO 8124-1.' });
    await saveComment(reviewerDb, comment);
    await reviewer.requestSync();

    const secretaryDb = freshDb();
    const secretary = testEngine(secretaryDb);
    await secretary.signIn(server.url, 'secretarya', server.password);
    await secretary.requestSync();
    const committee = { id: server.committeeA, code: 'TC-A', name: 'Committee A' };
    let position = startPosition(server.N_A, committee, [comment]);
    position = approve(decide(position, position.compiled[0]!.id, { decision: 'accepted', observation: '采纳' }), new Date().toISOString());
    await savePosition(secretaryDb, positionRow(position, null));
    await queueApprovedPosition(secretaryDb, position);
    await secretary.requestSync();
    expect(await secretaryDb.outbox.count()).toBe(0);
    expect(await getState(secretaryDb, 'rejections')).toBeUndefined();

    const officerDb = freshDb();
    const officer = testEngine(officerDb);
    await officer.signIn(server.url, 'officer', server.password);
    await officer.requestSync();
    const [pulled] = await approvedPositions(officerDb, server.N_A);
    expect(pulled).toMatchObject({ committeeId: server.committeeA, approved: true, locked: true, compiled: [{ commentEn: 'Follow ISO 8124-1.', observation: '采纳' }] });
    expect(pulled!.serverLockedAt).not.toBeNull();

    // Approval locked the compilation on the server: the reviewer's device learns it on its next pull.
    await reviewer.requestSync();
    expect(await reviewerDb.assignments.get([server.N_A, server.committeeA])).toMatchObject({ locked: true });
    // Reviewers never receive positions.
    expect(await reviewerDb.positions.count()).toBe(0);
  });

  it('a position that is not approved is never queued', async () => {
    const db = freshDb();
    const position = startPosition(server.N_A, { id: 'tc', code: 'TC', name: 'TC' }, []);
    await expect(queueApprovedPosition(db, position)).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
  });
});
