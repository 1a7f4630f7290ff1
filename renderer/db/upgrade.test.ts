import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openReviewDb, SCHEMA_V1, SCHEMA_V2 } from './schema';

describe('a schema upgrade interrupted by a crash leaves the data readable', () => {
  it('an upgrade that fails half-way changes nothing, and the next start upgrades cleanly', async () => {
    const name = `interrupted-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('comments').bulkPut(
      Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, notificationId: 'G/TBT/N/EU/1', status: 'draft', concern: 'other', commentEn: `text ${i}` })),
    );
    v1.close();

    // The upgrade dies after rewriting some comments, as a crash or a killed process would.
    const crashing = new Dexie(name);
    crashing.version(1).stores(SCHEMA_V1);
    crashing.version(2).stores(SCHEMA_V2).upgrade(async (tx) => {
      await tx.table('comments').where('id').below('c3').modify((c: Record<string, unknown>) => {
        c.concerns = [c.concern];
        delete c.concern;
      });
      throw new Error('power cut');
    });
    await expect(crashing.open()).rejects.toThrow();
    crashing.close();

    const reopenedOld = new Dexie(name);
    reopenedOld.version(1).stores(SCHEMA_V1);
    const untouched = await reopenedOld.table('comments').toArray();
    expect(untouched).toHaveLength(50);
    expect(untouched.every((c) => c.concern === 'other' && !('concerns' in c))).toBe(true);
    reopenedOld.close();

    const db = openReviewDb(name);
    const upgraded = await db.comments.toArray();
    expect(upgraded).toHaveLength(50);
    expect(upgraded.every((c) => c.concerns.length === 1 && c.concerns[0] === 'other')).toBe(true);
    db.close();
  });
});
