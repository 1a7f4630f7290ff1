import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { approve, decide, mergeInPosition } from '../../shared/compile/compilation';
import { openReviewDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, upgradeCommentsToV2 } from '../db/schema';
import { finishedComment, freshDb } from '../sync/testing';
import { approvedPositions, finishedSources, loadPosition, positionRow, savePosition } from './positionStore';

const N = 'G/TBT/N/EU/1123';
const COMMITTEE = { id: 'tc28', code: 'SAC/TC 28', name: 'Toys' };

function pulled(comment: ReturnType<typeof finishedComment>, committeeId: string, authorName: string, withdrawn = false) {
  return { id: comment.id, notificationId: comment.notificationId, committeeId, server: { comment, authorId: `u-${authorName}`, authorName, committeeId, version: 1, withdrawn, updatedAt: comment.updatedAt } };
}

describe('the compile screen finds the finished comments available on this computer', () => {
  it('takes own finished comments and the committee’s pulled ones, once each, never drafts, withdrawn ones or other committees’', async () => {
    const db = freshDb();
    const own = finishedComment(N, { commentEn: 'own, edited since the push' });
    const draft = finishedComment(N, { status: 'draft' });
    const colleague = finishedComment(N, { clause: '5.1' });
    const withdrawn = finishedComment(N);
    const otherCommittee = finishedComment(N);
    await db.comments.bulkPut([own, draft]);
    await db.remoteComments.bulkPut([
      pulled({ ...own, commentEn: 'own, as pushed' }, 'tc28', 'Li Wei'),
      pulled(colleague, 'tc28', 'Zhang Min'),
      pulled(withdrawn, 'tc28', 'Zhang Min', true),
      pulled(otherCommittee, 'tc99', 'Wang Fang'),
    ]);
    const sources = await finishedSources(db, N, 'tc28', 'Me');
    expect(sources.map((s) => [s.comment.id, s.comment.commentEn, s.authorName]).sort()).toEqual(
      [
        [own.id, 'own, edited since the push', 'Li Wei'],
        [colleague.id, colleague.commentEn, 'Zhang Min'],
      ].sort(),
    );
    const everyCommittee = await finishedSources(db, N, null, 'Me');
    expect(everyCommittee.map((s) => s.comment.id)).toContain(otherCommittee.id);
  });
});

describe('a committee position is kept between visits', () => {
  it('is started from the finished comments, stored, reloaded with later comments appended, and stays approved', async () => {
    const db = freshDb();
    const a = finishedComment(N, { clause: '4.2' });
    const b = finishedComment(N, { clause: '4.2' });
    const first = await loadPosition(db, N, COMMITTEE, [a, b]);
    expect(first.changed).toBe(true);
    expect(first.row.compiled).toHaveLength(2);

    const merged = mergeInPosition(first.row, first.row.compiled.map((c) => c.id));
    const decided = decide(merged, merged.compiled[0]!.id, { decision: 'accepted', observation: '' });
    await savePosition(db, positionRow(decided, first.row));

    const later = finishedComment(N, { clause: '6' });
    const second = await loadPosition(db, N, COMMITTEE, [a, b, later]);
    expect(second.row.compiled.map((c) => c.sourceCommentIds)).toEqual([[a.id, b.id], [later.id]]);
    expect(second.row.compiled[0]!.decision).toBe('accepted');

    const approved = approve(decide(second.row, second.row.compiled[1]!.id, { decision: 'rejected', observation: 'Out of scope.' }), '2026-03-01T00:00:00.000Z');
    await savePosition(db, positionRow(approved, second.row));
    const afterApproval = await loadPosition(db, N, COMMITTEE, [a, b, later, finishedComment(N)]);
    expect(afterApproval.changed).toBe(false);
    expect(afterApproval.row.compiled).toHaveLength(2);
    expect((await approvedPositions(db, N)).map((p) => p.committee.code)).toEqual(['SAC/TC 28']);
  });
});

describe('a version 3 store upgrades to the current version (positions and sending records arrive in 4)', () => {
  it('keeps comments and the outbox, and the new tables work at once', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2).upgrade(upgradeCommentsToV2);
    v3.version(3).stores(SCHEMA_V3);
    const comment = finishedComment(N);
    await v3.table('comments').put(comment);
    await v3.table('outbox').put({ id: 1, op: 'comment.put', commentId: comment.id, comment, queuedAt: comment.updatedAt });
    v3.close();

    const db = openReviewDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4); // later versions build on 4
    expect(await db.comments.get(comment.id)).toEqual(comment);
    expect(await db.outbox.count()).toBe(1);
    await db.sendingRecords.put({ notificationId: N, sentAt: '2026-03-02', channel: 'email', reply: null, outcomes: {} });
    expect((await db.sendingRecords.get(N))?.channel).toBe('email');
    db.close();
  });
});
