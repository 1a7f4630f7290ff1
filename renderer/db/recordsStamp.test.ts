import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Notification } from '../../shared/domain/notification';
import { generateNotifications } from '../../shared/search/testing/generateNotifications';
import { openReviewDb, type ReviewDb } from './schema';
import { readRecordsStamp } from './recordsStamp';

let db: ReviewDb;
let dbCount = 0;
const [first, second] = generateNotifications({ count: 2, seed: 3, today: '2025-06-15' }) as [Notification, Notification];

beforeEach(async () => {
  db = openReviewDb(`records-stamp-test-${++dbCount}`);
  await db.notifications.bulkPut([first, second]);
  await db.assignments.put({ notificationId: first.id, committeeId: 'tc1', expertIds: [], locked: false });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function stampChanges(write: () => Promise<unknown>): Promise<boolean> {
  const before = await readRecordsStamp(db);
  await write();
  return (await readRecordsStamp(db)) !== before;
}

describe('the stamp of the counted records', () => {
  it('is there once a counted record was written', async () => {
    expect(await readRecordsStamp(db)).not.toBe('');
  });

  const writes: [string, () => Promise<unknown>][] = [
    ['a put', () => db.notifications.put({ ...first, title: 'changed' })],
    ['an update', () => db.notifications.update(first.id, { title: 'changed' })],
    ['a modify of a collection', () => db.notifications.toCollection().modify({ title: 'changed' })],
    ['a delete', () => db.assignments.delete([first.id, 'tc1'])],
    ['a clear', () => db.assignments.clear()],
    ['a pulled comment in a transaction that names only its own tables', () => db.transaction('rw', [db.remoteComments, db.syncState], async () => {
      await db.remoteComments.put({ id: 'r1', notificationId: first.id, committeeId: 'tc1', server: {} as never });
      await db.syncState.put({ key: 'cursor', value: '7' });
    })],
    ['a position', () => db.positions.put({ notificationId: first.id, committeeId: 'tc1' } as never)],
    ['a sending record', () => db.sendingRecords.put({ notificationId: first.id, sentAt: '2025-06-01' } as never)],
    ['an own comment', () => db.comments.put({ id: 'c1', notificationId: first.id, status: 'draft' } as never)],
  ];
  it.each(writes)('changes with %s', async (_, write) => {
    expect(await stampChanges(write)).toBe(true);
  });

  it('changes when another connection writes (the workers open their own)', async () => {
    const other = openReviewDb(db.name);
    expect(await stampChanges(() => other.notifications.delete(second.id))).toBe(true);
    other.close();
  });

  it('stays as it was after a write to other tables, or a transaction that failed', async () => {
    expect(await stampChanges(() => db.settings.put({ key: 'list.firstScreen', value: 1 }))).toBe(false);
    expect(await stampChanges(() => db.outbox.clear())).toBe(false);
    const failed = db.transaction('rw', db.notifications, async () => {
      await db.notifications.put({ ...first, title: 'never kept' });
      throw new Error('abort');
    });
    expect(await stampChanges(() => failed.catch(() => undefined))).toBe(false);
    expect((await db.notifications.get(first.id))?.title).toBe(first.title);
  });

  it('is kept by a database upgrade from an older version', async () => {
    const name = `records-stamp-upgrade-${dbCount}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ notifications: '&id, member, baseSymbol, finalDateForComments, distributionDate', documents: '&id, notificationId, sha256', files: '&sha256', comments: '&id, notificationId, [notificationId+status], updatedAt' });
    await v1.table('comments').put({ id: 'c1', notificationId: first.id, status: 'draft', concern: 'x' });
    v1.close();
    const upgraded = openReviewDb(name);
    expect((await upgraded.comments.get('c1'))?.concerns).toEqual(['x']);
    const stamp = await readRecordsStamp(upgraded);
    await upgraded.comments.put({ ...(await upgraded.comments.get('c1'))!, status: 'finished' });
    expect(await readRecordsStamp(upgraded)).not.toBe(stamp);
    upgraded.close();
    await Dexie.delete(name);
  });
});
