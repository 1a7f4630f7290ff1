import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../shared/domain/notification';
import type { Comment } from '../../shared/domain/comment';
import { generateNotifications } from '../../shared/search/testing/generateNotifications';
import { openReviewDb, type ReviewDb } from './schema';
import { importNotifications } from './notificationStore';

let db: ReviewDb;
let dbCount = 0;

beforeEach(async () => {
  db = openReviewDb(`store-test-${++dbCount}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

function comment(notificationId: string): Comment {
  return {
    id: `c-${notificationId}`,
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
    status: 'draft',
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
  };
}

function reimported(list: Notification[], at: string): Notification[] {
  return list.map((n) => ({ ...n, title: `${n.title} (amended)`, importedAt: at, updatedAt: at }));
}

describe('importNotifications', () => {
  it('stores new notifications and counts them as new', async () => {
    const list = generateNotifications({ count: 30, seed: 1 });
    const outcome = await importNotifications(db, list);
    expect(outcome).toMatchObject({ created: 30, updated: 0, unchanged: 0 });
    expect(await db.notifications.count()).toBe(30);
    expect(await db.notifications.get(list[7]!.id)).toEqual(list[7]);
  });

  it('a re-import updates and never duplicates, keeping the first import date and the comments', async () => {
    const list = generateNotifications({ count: 30, seed: 2 }).map((n) => ({ ...n, importedAt: '2025-01-01T00:00:00.000Z' }));
    await importNotifications(db, list);
    await db.comments.put(comment(list[0]!.id));
    const again = reimported(list.slice(0, 20), '2025-06-01T00:00:00.000Z');
    const outcome = await importNotifications(db, again, undefined, 7);
    expect(outcome).toMatchObject({ created: 0, updated: 20 });
    expect(await db.notifications.count()).toBe(30);
    const first = await db.notifications.get(list[0]!.id);
    expect(first!.title).toBe(`${list[0]!.title} (amended)`);
    expect(first!.importedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(first!.updatedAt).toBe('2025-06-01T00:00:00.000Z');
    expect(await db.notifications.get(list[25]!.id)).toEqual(list[25]);
    expect(await db.comments.get(`c-${list[0]!.id}`)).toEqual(comment(list[0]!.id));
  });

  it('updates a few notifications of a large store without touching the others', async () => {
    const list = generateNotifications({ count: 60, seed: 7 });
    await importNotifications(db, list);
    const few = reimported(list.slice(10, 13), 'later');
    expect(await importNotifications(db, few)).toMatchObject({ created: 0, updated: 3 });
    expect((await db.notifications.get(list[11]!.id))!.title).toBe(`${list[11]!.title} (amended)`);
    expect((await db.notifications.get(list[11]!.id))!.importedAt).toBe(list[11]!.importedAt);
    expect(await db.notifications.get(list[40]!.id)).toEqual(list[40]);
    expect(await db.notifications.count()).toBe(60);
  });

  it('leaves notifications whose content has not changed as they were, and counts them', async () => {
    const list = generateNotifications({ count: 12, seed: 8 });
    await importNotifications(db, list);
    const again = list.map((n, i) => ({
      ...n,
      importedAt: 'later',
      updatedAt: 'later',
      title: i < 2 ? 'New title' : n.title,
      hsCodes: i === 2 ? [{ code: '9503', description: 'Toys' }] : structuredClone(n.hsCodes),
    }));
    expect(await importNotifications(db, again)).toMatchObject({ created: 0, updated: 3, unchanged: 9 });
    // Codes are merged: the re-import's first, then the ones only the stored copy had.
    expect((await db.notifications.get(list[2]!.id))!.hsCodes).toEqual([{ code: '9503', description: 'Toys' }, ...list[2]!.hsCodes.filter((c) => c.code !== '9503')]);
    expect(await db.notifications.get(list[5]!.id)).toEqual(list[5]);
    expect(await db.notifications.get(list[0]!.id)).toMatchObject({ title: 'New title', updatedAt: 'later', importedAt: list[0]!.importedAt });
  });

  it('keeps fields that other features store on a notification', async () => {
    const [n] = generateNotifications({ count: 1, seed: 3 });
    await db.notifications.put({ ...n!, assignedTo: 'expert-7' } as Notification);
    await importNotifications(db, reimported([n!], '2025-06-02T00:00:00.000Z'));
    expect(await db.notifications.get(n!.id)).toMatchObject({ assignedTo: 'expert-7', title: `${n!.title} (amended)` });
  });

  it('a failing import leaves the store unchanged', async () => {
    const list = generateNotifications({ count: 10, seed: 4 });
    await importNotifications(db, list.slice(0, 5));
    const before = await db.notifications.toArray();
    const broken = [...reimported(list, 'later'), { ...list[9]!, id: undefined } as unknown as Notification];
    await expect(importNotifications(db, broken, undefined, 3)).rejects.toThrow();
    expect(await db.notifications.toArray()).toEqual(before);
  });

  it('reports progress chunk by chunk up to the total', async () => {
    const list = generateNotifications({ count: 25, seed: 5 });
    const seen: number[] = [];
    await importNotifications(db, list, (p) => seen.push(p.done), 10);
    expect(seen).toEqual([10, 20, 25]);
  });

  it('counts follow-ups whose base notification is stored, from this file or before', async () => {
    const list = generateNotifications({ count: 200, seed: 6 });
    const followUps = list.filter((n) => n.parentSymbol !== null);
    const bases = list.filter((n) => n.parentSymbol === null);
    await importNotifications(db, bases);
    const outcome = await importNotifications(db, followUps);
    const baseIds = new Set(bases.map((n) => n.id));
    expect(followUps.length).toBeGreaterThan(0);
    expect(outcome.followUpsLinked).toBe(followUps.filter((n) => baseIds.has(n.baseSymbol)).length);
  });
});
