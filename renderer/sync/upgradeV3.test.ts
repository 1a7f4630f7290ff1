import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openReviewDb, SCHEMA_V1, SCHEMA_V2, upgradeCommentsToV2 } from '../db/schema';
import { saveComment } from './outbox';
import { finishedComment } from './testing';

describe('a version 2 store upgrades to version 3 (sync) without losing anything', () => {
  it('keeps notifications, comments and settings, and the new outbox works at once', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2).upgrade(upgradeCommentsToV2);
    await v2.table('notifications').put({ id: 'G/TBT/N/EU/1234', member: 'European Union', baseSymbol: 'G/TBT/N/EU/1234' });
    const existing = finishedComment('G/TBT/N/EU/1234', { status: 'draft' });
    await v2.table('comments').put(existing);
    await v2.table('settings').put({ key: 'language', value: 'zh-CN' });
    v2.close();

    const db = openReviewDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3); // later versions build on 3
    expect(await db.notifications.count()).toBe(1);
    expect(await db.comments.get(existing.id)).toEqual(existing);
    expect((await db.settings.get('language'))?.value).toBe('zh-CN');
    expect(await db.outbox.count()).toBe(0);

    await saveComment(db, { ...existing, status: 'finished' });
    expect((await db.outbox.toArray()).map((e) => [e.id, e.commentId])).toEqual([[1, existing.id]]);
    db.close();
  });
});
