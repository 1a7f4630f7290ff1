import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { approve, decide, startPosition } from '../../shared/compile/compilation';
import { sampleComment } from '../../shared/compile/testing/sampleSubmission';
import { openReviewDb } from '../db/schema';
import { commentLocks, isLocked } from './lockedComments';
import { positionRow, savePosition } from './positionStore';

const N = 'G/TBT/N/EU/1148';
const committee = { id: 'tc1', code: 'TC 1', name: 'Toys' };

function fresh() {
  return openReviewDb(`locks-${crypto.randomUUID()}`);
}

describe('comments locked by the committee approval', () => {
  it('the sources of an approved position are locked; other and draft comments are not', async () => {
    const db = fresh();
    const source = sampleComment(1, { notificationId: N });
    const later = sampleComment(2, { notificationId: N });
    const draft = sampleComment(3, { notificationId: N, status: 'draft' });
    let position = startPosition(N, committee, [source]);
    await savePosition(db, positionRow(position, null));
    expect(isLocked(await commentLocks(db, N), source)).toBe(false);

    position = approve(decide(position, position.compiled[0]!.id, { decision: 'accepted', observation: '' }), '2026-11-20T08:00:00Z');
    await savePosition(db, positionRow(position, null));
    const locks = await commentLocks(db, N);
    expect([source, later, draft].map((c) => isLocked(locks, c))).toEqual([true, false, false]);
  });

  it('a lock pulled from the server locks every finished comment on the notification', async () => {
    const db = fresh();
    const finished = sampleComment(1, { notificationId: N });
    await db.assignments.put({ notificationId: N, committeeId: 'tc1', expertIds: [], locked: false });
    expect(isLocked(await commentLocks(db, N), finished)).toBe(false);
    await db.assignments.put({ notificationId: N, committeeId: 'tc1', expertIds: [], locked: true });
    expect(isLocked(await commentLocks(db, N), finished)).toBe(true);
    expect(isLocked(await commentLocks(db, 'G/TBT/N/USA/1'), { ...finished, notificationId: 'G/TBT/N/USA/1' })).toBe(false);
  });
});
