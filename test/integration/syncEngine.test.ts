// The sync engine against the real server (in this process, on loopback, PGlite in memory).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewDb } from '../../renderer/db/schema';
import { resolveConflict } from '../../renderer/sync/conflicts';
import { deleteComment, saveComment } from '../../renderer/sync/outbox';
import { getState } from '../../renderer/sync/syncState';
import { dismissRejection } from '../../renderer/sync/rejections';
import { startListeningServer, type ListeningServer } from '../support/server/listeningServer';
import { finishedComment, freshDb, recordingTimers, testEngine } from '../../renderer/sync/testing';
import { memoryTokenStore } from '../../renderer/sync/tokenStore';
import { memoryMarker } from '../../renderer/sync/deviceMarker';
import type { Fetch } from '../../renderer/sync/api';

let server: ListeningServer;
beforeAll(async () => {
  server = await startListeningServer();
});
afterAll(async () => {
  await server?.close();
});

/** A fetch that delivers requests but loses the answer of the first `count` matching ones. */
function losingAnswers(match: (url: string) => boolean, count = 1): Fetch {
  let left = count;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (left > 0 && match(String(input))) {
      left--;
      await response.arrayBuffer();
      throw new TypeError('Failed to fetch (connection reset after the request was sent)');
    }
    return response;
  };
}

describe('the sync engine against the server', () => {
  it('a finished comment reaches the server once; pulling brings the assigned notification and its checked PDF', async () => {
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera', server.password);
    expect(await db.notifications.get(server.N_A)).toBeDefined();
    expect(await db.notifications.get(server.N_B)).toBeUndefined(); // assigned to another committee
    const [document] = await db.documents.where('notificationId').equals(server.N_A).toArray();
    expect(document).toBeDefined();
    expect(await db.files.get(document!.sha256)).toBeDefined();
    expect(await db.pendingFiles.count()).toBe(0);

    const comment = finishedComment(server.N_A);
    await saveComment(db, comment);
    await engine.syncNow();
    expect((await server.versions(comment.id)).map((v) => v.version)).toEqual([1]);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.commentBases.get(comment.id))?.version).toBe(1);
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', error: null });
    expect(engine.getStatus().lastSyncAt).not.toBeNull();
  });

  it('a push whose answer was lost is retried after a backoff and applied once', async () => {
    const db = freshDb();
    const timers = recordingTimers();
    const engine = testEngine(db, { fetch: losingAnswers((url) => url.endsWith('/sync/push')), timers });
    await engine.signIn(server.url, 'reviewera', server.password); // nothing to push yet
    const comment = finishedComment(server.N_A);
    await saveComment(db, comment);

    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({ phase: 'retrying', error: 'server_unreachable', failures: 1 });
    expect(timers.delays.at(-1)).toBe(750); // first backoff: 1 s ceiling, jitter at its middle
    expect(await db.outbox.count()).toBe(1);
    expect(await server.versions(comment.id)).toHaveLength(1); // the server did commit it

    await engine.requestSync();
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', error: null });
    expect(await db.outbox.count()).toBe(0);
    expect((await server.versions(comment.id)).map((v) => v.version)).toEqual([1]);
  });

  it('failures back off exponentially until the server answers', async () => {
    const db = freshDb();
    const timers = recordingTimers();
    let down = true;
    const engine = testEngine(db, {
      timers,
      fetch: async (input, init) => {
        if (down && !String(input).endsWith('/auth/login')) throw new TypeError('Failed to fetch');
        return fetch(input, init);
      },
    });
    await engine.signIn(server.url, 'reviewera', server.password);
    await engine.requestSync();
    await engine.requestSync();
    expect(timers.delays).toEqual([750, 1500, 3000]);
    expect(engine.getStatus().error).toBe('server_unreachable');
    down = false;
    await engine.requestSync();
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', failures: 0, error: null });
  });

  it('a server that asks for a wait (503 with Retry-After) is not asked again sooner', async () => {
    const db = freshDb();
    const timers = recordingTimers();
    let busy = true;
    const engine = testEngine(db, {
      timers,
      fetch: async (input, init) => {
        if (busy && String(input).includes('/sync/')) return new Response(JSON.stringify({ error: 'try_again' }), { status: 503, headers: { 'retry-after': '120' } });
        return fetch(input, init);
      },
    });
    await engine.signIn(server.url, 'reviewera', server.password);
    await engine.requestSync();
    // Without Retry-After the first two waits would be 750 ms and 1.5 s (see the test above).
    expect(timers.delays).toEqual([120_000, 120_000]);
    expect(engine.getStatus()).toMatchObject({ phase: 'retrying', error: 'server_unavailable' });
    busy = false;
    await engine.requestSync();
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', failures: 0, error: null });
  });

  it('an app restarted mid-sync resumes from its durable outbox and cursor, applying nothing twice', async () => {
    const name = `sync-restart-${crypto.randomUUID()}`;
    const tokens = memoryTokenStore();
    const first = openReviewDb(name);
    const before = testEngine(first, { tokens, fetch: losingAnswers((url) => url.endsWith('/sync/push')) });
    await before.signIn(server.url, 'reviewera', server.password);
    const comments = [finishedComment(server.N_A), finishedComment(server.N_A, { commentEn: 'Second.' })];
    for (const c of comments) await saveComment(first, c);
    await before.syncNow(); // the server commits, the answer is lost: the app "dies" here
    before.stop();
    first.close();

    const second = openReviewDb(name);
    expect(await second.outbox.count()).toBe(2);
    const after = testEngine(second, { tokens, pullLimit: 1 });
    await after.start();
    await after.requestSync();
    expect(await second.outbox.count()).toBe(0);
    for (const c of comments) expect((await server.versions(c.id)).map((v) => v.version)).toEqual([1]);
    expect(await getState(second, 'cursor')).toBeDefined();
    after.stop();
  });

  it('a stale edit becomes a conflict; keeping mine pushes a new version on top of the server’s', async () => {
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera', server.password);
    const comment = finishedComment(server.N_A, { commentEn: 'Mine, first.' });
    await saveComment(db, comment);
    await engine.syncNow();
    // The same reviewer revises it on another device.
    const theirs = { ...comment, commentEn: 'From the other device.' };
    await server.pushAs('reviewerA', crypto.randomUUID(), [{ id: 1, op: 'comment.put', committeeId: server.committeeA, baseVersion: 1, comment: theirs }]);

    await saveComment(db, { ...comment, status: 'draft' });
    await saveComment(db, { ...comment, commentEn: 'Mine, revised.' });
    await engine.syncNow();
    const conflict = await db.conflicts.get(comment.id);
    expect(conflict?.server.version).toBe(2);
    expect(conflict?.server.comment.commentEn).toBe('From the other device.');
    expect(conflict?.mine?.commentEn).toBe('Mine, revised.');
    expect((await server.versions(comment.id)).map((v) => v.body.commentEn)).toEqual(['Mine, first.', 'From the other device.']);

    await resolveConflict(db, comment.id, { choice: 'mine' });
    expect(await db.conflicts.count()).toBe(0);
    await engine.syncNow();
    expect((await server.versions(comment.id)).map((v) => v.body.commentEn)).toEqual(['Mine, first.', 'From the other device.', 'Mine, revised.']);
    expect(await db.conflicts.count()).toBe(0);
  });

  it('a merge resolves a conflict with the merged text; keeping theirs adopts the server’s copy and sends nothing', async () => {
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera', server.password);
    const a = finishedComment(server.N_A, { commentEn: 'A mine.' });
    const b = finishedComment(server.N_A, { commentEn: 'B mine.' });
    await saveComment(db, a);
    await saveComment(db, b);
    await engine.syncNow();
    const other = crypto.randomUUID();
    await server.pushAs('reviewerA', other, [
      { id: 1, op: 'comment.put', committeeId: server.committeeA, baseVersion: 1, comment: { ...a, commentEn: 'A theirs.' } },
      { id: 2, op: 'comment.put', committeeId: server.committeeA, baseVersion: 1, comment: { ...b, commentEn: 'B theirs.' } },
    ]);
    await saveComment(db, { ...a, commentEn: 'A mine 2.' });
    await saveComment(db, { ...b, commentEn: 'B mine 2.' });
    await engine.syncNow();
    expect(await db.conflicts.count()).toBe(2);

    await resolveConflict(db, a.id, { choice: 'merged', comment: { ...a, commentEn: 'A merged.' } });
    await resolveConflict(db, b.id, { choice: 'theirs' });
    expect((await db.comments.get(b.id))?.commentEn).toBe('B theirs.');
    expect((await db.outbox.toArray()).map((e) => e.commentId)).toEqual([a.id]);
    await engine.syncNow();
    expect((await server.versions(a.id)).map((v) => v.body.commentEn)).toEqual(['A mine.', 'A theirs.', 'A merged.']);
    expect((await server.versions(b.id)).map((v) => v.body.commentEn)).toEqual(['B mine.', 'B theirs.']);
  });

  it('the user’s own finished comments reach a new device, and later edits from another device are adopted when nothing is pending here', async () => {
    const firstDb = freshDb();
    const first = testEngine(firstDb);
    await first.signIn(server.url, 'reviewera', server.password);
    const comment = finishedComment(server.N_A, { commentEn: 'Written on the desktop.' });
    const gone = finishedComment(server.N_A, { commentEn: 'Withdrawn later.' });
    await saveComment(firstDb, comment);
    await saveComment(firstDb, gone);
    await first.syncNow();
    await deleteComment(firstDb, gone.id);
    await first.syncNow();

    const secondDb = freshDb();
    const second = testEngine(secondDb);
    await second.signIn(server.url, 'reviewera', server.password);
    expect((await secondDb.comments.get(comment.id))?.commentEn).toBe('Written on the desktop.');
    expect(await secondDb.comments.get(gone.id)).toBeUndefined();
    expect((await secondDb.commentBases.get(comment.id))?.version).toBe(1);

    // Revised on the second device; the first, with nothing pending, takes the revision.
    await saveComment(secondDb, { ...comment, status: 'draft' });
    await saveComment(secondDb, { ...comment, commentEn: 'Revised on the laptop.' });
    await second.syncNow();
    await first.syncNow();
    expect((await firstDb.comments.get(comment.id))?.commentEn).toBe('Revised on the laptop.');
    expect((await firstDb.commentBases.get(comment.id))?.version).toBe(2);
    expect(await firstDb.outbox.count()).toBe(0);
  });

  it('deleting a comment the server has withdraws it there', async () => {
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera', server.password);
    const comment = finishedComment(server.N_A);
    await saveComment(db, comment);
    await saveComment(db, { ...comment, status: 'draft' });
    await deleteComment(db, comment.id);
    await engine.syncNow(); // put and withdrawal travel in two requests, the second based on the first
    expect((await server.versions(comment.id)).map((v) => [v.version, v.withdrawn])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('a secretary receives the committee’s finished comments apart from her own comments', async () => {
    const reviewerDb = freshDb();
    const reviewer = testEngine(reviewerDb);
    await reviewer.signIn(server.url, 'reviewera', server.password);
    const comment = finishedComment(server.N_A, { commentEn: 'For the secretary.' });
    await saveComment(reviewerDb, comment);
    await reviewer.syncNow();

    const db = freshDb();
    const secretary = testEngine(db);
    await secretary.signIn(server.url, 'secretarya', server.password);
    const remote = await db.remoteComments.get(comment.id);
    expect(remote?.server.comment.commentEn).toBe('For the secretary.');
    expect(remote?.server.authorName).toBe('reviewerA');
    expect(await db.comments.count()).toBe(0);
  });

  it('signing out revokes the token on the server; a refused token signs the engine out', async () => {
    const db = freshDb();
    const tokens = memoryTokenStore();
    const engine = testEngine(db, { tokens });
    await engine.signIn(server.url, 'reviewera', server.password);
    const token = await tokens.get();
    await engine.signOut();
    expect(await tokens.get()).toBeNull();
    const me = await fetch(`${server.url}/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);

    await tokens.set(token!); // a stale token, as after the server expired it
    await engine.requestSync();
    expect(engine.getStatus()).toMatchObject({ phase: 'signed_out', signedIn: false, error: 'session_expired' });
    expect(await tokens.get()).toBeNull();
  });

  it('another user cannot sign in on this device while the last user’s finished comments are still waiting', async () => {
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera', server.password);
    await engine.signOut();
    const comment = finishedComment(server.N_A);
    await saveComment(db, comment); // finished while signed out: waits

    await expect(engine.signIn(server.url, 'reviewerb', server.password)).rejects.toMatchObject({ code: 'other_user_outbox', detail: 'reviewera' });
    expect(await db.outbox.count()).toBe(1);
    await engine.signIn(server.url, 'reviewera', server.password);
    expect(await db.outbox.count()).toBe(0);
    expect(await server.versions(comment.id)).toHaveLength(1);
    await engine.signOut();
    await engine.signIn(server.url, 'reviewerb', server.password);
    expect(engine.getStatus().session?.user.username).toBe('reviewerb');
  });

  it('sign-in explains what went wrong in codes the screen translates', async () => {
    const engine = testEngine(freshDb());
    await expect(engine.signIn('http://example.com', 'reviewera', server.password)).rejects.toMatchObject({ code: 'invalid_url' });
    await expect(engine.signIn(server.url, 'reviewera', 'wrong-password')).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(engine.signIn('http://127.0.0.1:9', 'reviewera', server.password)).rejects.toMatchObject({ code: 'server_unreachable' });
  });

  it('a comment refused for good (compilation locked) stays marked until it is sent again after the unlock, or the notice is dismissed', async () => {
    const secretary = { token: await loginToken('secretarya') };
    const lock = (locked: boolean) =>
      fetch(`${server.url}/compilations/lock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secretary.token}` },
        body: JSON.stringify({ notificationId: server.N_A, committeeId: server.committeeA, locked }),
      });
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera', server.password);
    expect((await lock(true)).ok).toBe(true);
    try {
      const refused = finishedComment(server.N_A);
      const dismissed = finishedComment(server.N_A, { commentEn: 'Second, to be kept here only.' });
      await saveComment(db, refused);
      await saveComment(db, dismissed);
      await engine.syncNow();
      expect(await db.outbox.count()).toBe(0);
      expect(await getState(db, 'rejections')).toMatchObject([
        { commentId: refused.id, reason: 'locked' },
        { commentId: dismissed.id, reason: 'locked' },
      ]);
      expect(await server.versions(refused.id)).toEqual([]);
      expect((await db.assignments.get([server.N_A, server.committeeA]))?.locked).toBe(true);
      // Syncing again sends nothing and keeps the refusal to be shown.
      await engine.syncNow();
      expect((await getState(db, 'rejections'))?.map((r) => r.commentId)).toEqual([refused.id, dismissed.id]);

      await dismissRejection(db, dismissed.id);
      expect((await getState(db, 'rejections'))?.map((r) => r.commentId)).toEqual([refused.id]);

      // The secretary unlocks; the reviewer reopens the comment and finishes it again.
      expect((await lock(false)).ok).toBe(true);
      await saveComment(db, { ...refused, status: 'draft' });
      await saveComment(db, { ...refused, updatedAt: new Date().toISOString() });
      await engine.syncNow();
      expect((await server.versions(refused.id)).map((v) => v.version)).toEqual([1]);
      expect(await getState(db, 'rejections')).toEqual([]);
      expect(await server.versions(dismissed.id)).toEqual([]);
    } finally {
      await lock(false);
    }
  });

  it('when the server knows fewer mutations than the outbox expects, the waiting entries are renumbered and sent', async () => {
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera', server.password);
    await db.syncState.put({ key: 'nextMutationId', value: 41 }); // e.g. the server's database was restored
    const comment = finishedComment(server.N_A);
    await saveComment(db, comment);
    expect((await db.outbox.toArray()).map((e) => e.id)).toEqual([41]);
    await engine.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect((await server.versions(comment.id)).map((v) => v.version)).toEqual([1]);
    expect(await getState(db, 'nextMutationId')).toBe(2);
  });

  it('a downloaded PDF that does not match its sha256 is not kept, and is downloaded again on the next round', async () => {
    const db = freshDb();
    let corrupt = true;
    const engine = testEngine(db, {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!corrupt || !String(input).includes('/content')) return response;
        const bytes = new Uint8Array(await response.arrayBuffer());
        bytes[bytes.length - 2]! ^= 0xff;
        return new Response(bytes, { status: 200, headers: response.headers });
      },
    });
    await engine.signIn(server.url, 'reviewera', server.password);
    expect(engine.getStatus()).toMatchObject({ phase: 'retrying', error: 'checksum' });
    expect(await db.files.count()).toBe(0);
    expect(await db.pendingFiles.count()).toBe(1);
    corrupt = false;
    await engine.requestSync();
    expect(engine.getStatus().error).toBeNull();
    expect(await db.files.count()).toBe(1);
    expect(await db.pendingFiles.count()).toBe(0);
  });

  it('a store restored from a backup onto another laptop gets a client id of its own, so its changes are not taken for old ones', async () => {
    const oldDb = freshDb();
    const oldLaptop = testEngine(oldDb, { marker: memoryMarker() });
    await oldLaptop.signIn(server.url, 'reviewera', server.password);
    // The backup: the sync state as it is now (client id, mutation counter, session).
    const backup = await oldDb.syncState.toArray();

    const fromOld = finishedComment(server.N_A, { commentEn: 'Sent from the old laptop.' });
    await saveComment(oldDb, fromOld);
    await oldLaptop.syncNow(); // mutation 1 of this client id is applied

    const newDb = freshDb();
    await newDb.syncState.bulkPut(backup);
    const newLaptop = testEngine(newDb, { marker: memoryMarker() });
    await newLaptop.signIn(server.url, 'reviewera', server.password);
    const fromNew = finishedComment(server.N_A, { commentEn: 'Written on the new laptop.' });
    await saveComment(newDb, fromNew); // also mutation 1, restored counter
    await newLaptop.syncNow();
    expect(await getState(newDb, 'clientId')).not.toBe(await getState(oldDb, 'clientId'));
    expect(await newDb.outbox.count()).toBe(0);
    expect((await server.versions(fromNew.id)).map((v) => v.body.commentEn)).toEqual(['Written on the new laptop.']);
    expect((await server.versions(fromOld.id)).map((v) => v.body.commentEn)).toEqual(['Sent from the old laptop.']);
  });

  it('a store restored from an older backup on the same device does not reuse mutation ids the server has applied', async () => {
    const db = freshDb();
    const marker = memoryMarker();
    const engine = testEngine(db, { marker });
    await engine.signIn(server.url, 'reviewera', server.password);
    const backup = await db.syncState.toArray();
    const before = finishedComment(server.N_A, { commentEn: 'Sent before the restore.' });
    await saveComment(db, before);
    await engine.syncNow();

    await db.syncState.bulkPut(backup); // the restore: the counter goes back, the client id stays
    const after = finishedComment(server.N_A, { commentEn: 'Written after the restore.' });
    await saveComment(db, after);
    await engine.syncNow();
    expect((await server.versions(after.id)).map((v) => v.body.commentEn)).toEqual(['Written after the restore.']);
  });
  it('standard texts arrive with their bytes; a notification no longer assigned leaves the device unless the user wrote on it', async () => {
    const admin = await loginToken('admin');
    const headers = { authorization: `Bearer ${admin}` };
    const db = freshDb();
    const engine = testEngine(db);
    await engine.signIn(server.url, 'reviewera2', server.password); // has written nothing yet
    const [document] = await db.documents.toArray();
    const pdf = new Uint8Array(await (await db.files.get(document!.sha256))!.bytes.arrayBuffer());
    const identifier = `ISO ${Math.floor(Math.random() * 90000) + 10000}:2024`;
    const uploaded = await fetch(`${server.url}/admin/standards?identifier=${encodeURIComponent(identifier)}&title=Toys&fileName=iso.pdf`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(uploaded.ok).toBe(true);

    const unassign = () => fetch(`${server.url}/admin/assignments`, { method: 'DELETE', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ notificationId: server.N_A, committeeId: server.committeeA }) });
    const reassign = () => fetch(`${server.url}/admin/assignments`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ notificationId: server.N_A, committeeId: server.committeeA, expertIds: [] }) });
    expect((await unassign()).ok).toBe(true);
    try {
      await engine.syncNow();
      const standard = await db.standards.where('identifier').equals(identifier).first();
      expect(standard).toBeDefined();
      expect(await db.files.get(standard!.sha256)).toBeDefined();
      expect(await db.notifications.get(server.N_A)).toBeUndefined();
      expect(await db.assignments.count()).toBe(0);

      // With a comment of the user's own on it, the notification stays.
      expect((await reassign()).ok).toBe(true);
      await engine.syncNow();
      await saveComment(db, finishedComment(server.N_A, { status: 'draft' }));
      expect((await unassign()).ok).toBe(true);
      await engine.syncNow();
      expect(await db.notifications.get(server.N_A)).toBeDefined();
    } finally {
      await reassign();
    }
  });
});

async function loginToken(username: string): Promise<string> {
  const response = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: server.password }) });
  return ((await response.json()) as { token: string }).token;
}
