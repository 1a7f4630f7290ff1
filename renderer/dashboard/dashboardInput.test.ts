import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardFigures, notificationFacts } from '../../shared/dashboard';
import { dashboardInputOf, generateDashboardWorld } from '../../shared/dashboard/testing/generateDashboardWorld';
import { localRows } from './testing/localRows';
import { openReviewDb, type ReviewDb } from '../db/schema';
import { readDashboardInput } from './dashboardInput';

let db: ReviewDb;
let dbCount = 0;
const TODAY = '2025-06-15';
const world = generateDashboardWorld({ notifications: 300, comments: 900, today: TODAY });

beforeEach(async () => {
  db = openReviewDb(`dashboard-test-${++dbCount}`);
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

const figuresOf = async () => dashboardFigures(notificationFacts((await readDashboardInput(db)).input, 'month'), TODAY);

describe('the dashboard reads the local store', () => {
  it('counts what was synced as the shared aggregation does on the same records, withdrawn comments left out', async () => {
    const expected = dashboardFigures(notificationFacts(dashboardInputOf(world), 'month'), TODAY);
    expect(await figuresOf()).toEqual(expected);
    expect(expected.totals.commented).toBeGreaterThan(0);
    expect(expected.totals.commented).toBeLessThan(expected.totals.received);
  });

  it('names committees by the code their positions give', async () => {
    const { committeeCodes } = await readDashboardInput(db);
    expect(committeeCodes[world.positions[0]!.committeeId]).toBe(world.committees.find((c) => c.id === world.positions[0]!.committeeId)!.code);
  });

  it('counts a comment pulled after the compact copy was stored', async () => {
    const before = await figuresOf();
    const uncommented = world.notifications.find((n) => !world.comments.some((c) => c.notificationId === n.id && !c.withdrawn))!;
    const pulled = localRows({ ...world, comments: [{ id: 'late', notificationId: uncommented.id, committeeId: 'tc1', updatedAt: '2025-06-01T00:00:00.000Z', withdrawn: false }] }).remoteComments[0]!;
    await db.transaction('rw', [db.remoteComments, db.syncState], async () => {
      await db.remoteComments.put(pulled as never);
      await db.syncState.put({ key: 'cursor', value: '42' });
    });
    expect((await figuresOf()).totals.commented).toBe(before.totals.commented + 1);
  });

  it('reads a notification imported after the compact copy was stored', async () => {
    const before = await figuresOf();
    await db.notifications.put({ ...world.notifications[0]!, id: 'G/TBT/N/NEW/1', updatedAt: '2099-01-01T00:00:00.000Z' });
    expect((await figuresOf()).totals.received).toBe(before.totals.received + 1);
  });
});
