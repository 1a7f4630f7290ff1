import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openReviewDb, SCHEMA_V1 } from './schema';

describe('the local store upgrades old databases without losing comments', () => {
  it('a version 1 database opens with the current schema and keeps every comment, concern included', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('notifications').put({ id: 'G/TBT/N/EU/1234', member: 'European Union', baseSymbol: 'G/TBT/N/EU/1234' });
    await v1.table('comments').bulkPut([
      { id: 'c1', notificationId: 'G/TBT/N/EU/1234', status: 'finished', concern: 'transition_period', commentEn: 'Six months is too short.' },
      { id: 'c2', notificationId: 'G/TBT/N/EU/1234', status: 'draft', concern: '', commentEn: 'Clarify 4.5.' },
    ]);
    v1.close();

    const db = openReviewDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const comments = await db.comments.orderBy('id').toArray();
    expect(comments.map((c) => [c.id, c.concerns, c.commentEn])).toEqual([
      ['c1', ['transition_period'], 'Six months is too short.'],
      ['c2', [], 'Clarify 4.5.'],
    ]);
    expect(comments.every((c) => !('concern' in c))).toBe(true);
    expect(await db.notifications.count()).toBe(1);
    await db.standards.put({ id: 's1', identifier: 'ISO 8124-1:2022', title: 'Safety of toys', fileName: 'a.pdf', sha256: 'x', pageCount: 1, byteLength: 1, addedAt: '2026-01-01' });
    expect(await db.standards.count()).toBe(1);
    db.close();
  });
});
