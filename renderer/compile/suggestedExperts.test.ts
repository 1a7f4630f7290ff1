import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { demoNotifications } from '../../shared/demo/demoData';
import { finishedComment, freshDb } from '../sync/testing';
import { suggestedExperts } from './suggestedExperts';

const [toys, , ...rest] = demoNotifications('2026-06-01');
const usaToys = rest.find((n) => n.id === 'G/TBT/N/USA/2215')!;
const batteries = rest.find((n) => n.hsCodes.some((c) => c.code === '850760'))!;

function pulled(notificationId: string, committeeId: string, authorId: string, withdrawn = false) {
  const comment = finishedComment(notificationId);
  return { id: comment.id, notificationId, committeeId, server: { comment, authorId, authorName: authorId, committeeId, version: 1, withdrawn, updatedAt: comment.updatedAt } };
}

describe('the secretary’s suggested experts for a notification, from what her computer has synced', () => {
  it('ranks the experts who commented on the committee’s earlier notifications with the same codes; withdrawn comments and unrelated notifications do not count', async () => {
    const db = freshDb();
    await db.notifications.bulkPut([toys!, usaToys, batteries]);
    await db.assignments.bulkPut([
      { notificationId: toys!.id, committeeId: 'tc-toys', expertIds: [], locked: false },
      { notificationId: usaToys.id, committeeId: 'tc-toys', expertIds: [], locked: false },
      { notificationId: batteries.id, committeeId: 'tc-toys', expertIds: [], locked: false },
    ]);
    await db.remoteComments.bulkPut([
      pulled(usaToys.id, 'tc-toys', 'li.wei'),
      pulled(usaToys.id, 'tc-toys', 'li.wei'),
      pulled(usaToys.id, 'tc-toys', 'zhang.min', true),
      pulled(batteries.id, 'tc-toys', 'chen.jing'),
    ]);
    expect(await suggestedExperts(db, toys!.id, 'tc-toys')).toEqual([{ expertId: 'li.wei', commentedOn: 1 }]);
    expect(await suggestedExperts(db, toys!.id, 'tc-other')).toEqual([]);
    db.close();
  });
});
