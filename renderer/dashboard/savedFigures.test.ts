import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/domain/comment';
import { dashboardFigures, notificationFacts } from '../../shared/dashboard';
import { generateDashboardWorld } from '../../shared/dashboard/testing/generateDashboardWorld';
import { openReviewDb, type ReviewDb } from '../db/schema';
import { localRows } from './testing/localRows';
import { readDashboardInput } from './dashboardInput';
import { saveAnswer, savedAnswer, storeFingerprint } from './savedFigures';
import type { FiguresAnswer, FiguresRequest } from './dashboardProtocol';

let db: ReviewDb;
let dbCount = 0;
const TODAY = '2025-06-15';
const REQUEST: FiguresRequest = { period: 'month', scope: '', today: TODAY };
const world = generateDashboardWorld({ notifications: 200, comments: 600, today: TODAY });

beforeEach(async () => {
  db = openReviewDb(`saved-figures-test-${++dbCount}`);
  await db.open();
  const rows = localRows(world);
  await db.transaction('rw', [db.notifications, db.assignments, db.remoteComments, db.positions, db.sendingRecords], async () => {
    for (const [table, records] of Object.entries(rows)) await db.table(table).bulkPut(records);
  });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** What the worker does on a first visit: count, then save under the fingerprint taken before reading. */
async function countAndSave(): Promise<FiguresAnswer> {
  const fingerprint = await storeFingerprint(db);
  const { input, committeeCodes } = await readDashboardInput(db);
  const facts = notificationFacts(input, REQUEST.period);
  const answer = { figures: dashboardFigures(facts, TODAY), periods: [...new Set(facts.map((f) => f.period))].sort(), committeeCodes };
  await saveAnswer(db, fingerprint, REQUEST, answer);
  return answer;
}

const savedNow = async (request = REQUEST) => savedAnswer(db, request);

function finishedComment(notificationId: string): Comment {
  return {
    id: `own-${notificationId}`,
    notificationId,
    anchor: null,
    clause: '4.1',
    paragraph: '',
    line: '',
    type: 'te',
    concerns: [],
    commentZh: '意见',
    commentEn: 'comment',
    proposedChangeZh: '',
    proposedChangeEn: '',
    referenceStandard: '',
    referenceClause: '',
    status: 'finished',
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
  };
}

describe('the figures saved for the next app start', () => {
  it('come back unchanged while the store is unchanged', async () => {
    const answer = await countAndSave();
    expect(await savedNow()).toEqual(answer);
  });

  it('are not used on another day (deadlines at risk move with today)', async () => {
    await countAndSave();
    expect(await savedNow({ ...REQUEST, today: '2025-06-16' })).toBeUndefined();
  });

  const changes: [string, () => Promise<unknown>][] = [
    ['a comment finished on this computer', () => db.comments.put(finishedComment(world.notifications[1]!.id))],
    ['a pulled comment withdrawn (the pull moves the sync cursor)', async () => {
      const [first] = await db.remoteComments.limit(1).toArray();
      await db.transaction('rw', [db.remoteComments, db.syncState], async () => {
        await db.remoteComments.put({ ...first!, server: { ...first!.server, withdrawn: true } });
        await db.syncState.put({ key: 'cursor', value: '43' });
      });
    }],
    ['a position approved or withdrawn', () => db.positions.update([world.positions[0]!.notificationId, world.positions[0]!.committeeId], { approved: !world.positions[0]!.approved })],
    ['a notification reassigned to another committee (same number of assignments)', async () => {
      const { notificationId, committeeId } = world.assignments[0]!;
      const [row] = await db.assignments.where('notificationId').equals(notificationId).toArray();
      await db.assignments.delete([notificationId, committeeId]);
      await db.assignments.put({ ...row!, committeeId: `${committeeId}-other` });
    }],
    ['a submission sent on another day', () => db.sendingRecords.update(world.sendingRecords[0]!.notificationId, { sentAt: '2025-06-14' })],
  ];
  it.each(changes)('are recounted after %s', async (_, change) => {
    await countAndSave();
    await change();
    expect(await savedNow()).toBeUndefined();
  });
});
