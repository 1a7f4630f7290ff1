// Signing in on a device that already holds notifications (the demo data set, an ePing import):
// what the user saw before is still there afterwards, each PDF is stored once, and everyone of the
// committee sees the same final date for comments.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Notification } from '../../shared/domain/notification';
import { deadlineInForce } from '../../shared/domain/deadline';
import { sha256Hex } from '../../shared/util/sha256';
import type { ReviewDb } from '../../renderer/db/schema';
import { importNotifications } from '../../renderer/db/notificationStore';
import { loadDemoData, type FetchDemoPdf } from '../../renderer/demo/loadDemo';
import { localToday } from '../../renderer/lib/localToday';
import { startDemoListeningServer, startListeningServer, type DemoListeningServer, type ListeningServer } from '../support/server/listeningServer';
import { freshDb, testEngine } from '../../renderer/sync/testing';

const readDemoPdf: FetchDemoPdf = async (file) => {
  const bytes = await readFile(resolve('resources/demo', file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

/** What the list and the review screen show of a notification. */
function shown(n: Notification | undefined) {
  if (!n) return undefined;
  return {
    title: n.title,
    hsCodes: n.hsCodes.map((c) => c.code),
    icsCodes: n.icsCodes.map((c) => c.code),
    distributionDate: n.distributionDate,
    agency: n.agency,
    description: n.description,
  };
}

async function deadlines(db: ReviewDb, baseSymbols: string[]): Promise<Record<string, string | null>> {
  const all = await db.notifications.toArray();
  const result: Record<string, string | null> = {};
  for (const base of baseSymbols) {
    const family = all.filter((n) => n.baseSymbol === base);
    result[base] = deadlineInForce(family.find((n) => n.id === base)!, family).date;
  }
  return result;
}

/** Each PDF once: no two documents of a notification, and no two standards, with the same bytes. */
async function expectEachPdfOnce(db: ReviewDb): Promise<void> {
  const documents = (await db.documents.toArray()).map((d) => `${d.notificationId} ${d.sha256}`);
  expect(documents.length).toBeGreaterThan(0);
  expect(new Set(documents).size).toBe(documents.length);
  const standards = (await db.standards.toArray()).map((s) => s.sha256);
  expect(new Set(standards).size).toBe(standards.length);
  for (const d of await db.documents.toArray()) expect(await db.files.get(d.sha256), d.fileName).toBeDefined();
}

describe('signing in to the demo server after loading the demo data set', () => {
  let server: DemoListeningServer;
  beforeAll(async () => {
    server = await startDemoListeningServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps every field the demo showed, stores each PDF once, and the reviewer and the secretary see the same deadlines', async () => {
    const reviewer = freshDb();
    await loadDemoData(reviewer, { fetchPdf: readDemoPdf, today: localToday() });
    const before = new Map((await reviewer.notifications.toArray()).map((n) => [n.id, shown(n)]));
    const documentsBefore = await reviewer.documents.count();
    const standardsBefore = await reviewer.standards.count();

    await testEngine(reviewer).signIn(server.url, 'reviewer', server.password);

    for (const [id, seen] of before) expect(shown(await reviewer.notifications.get(id)), id).toEqual(seen);
    await expectEachPdfOnce(reviewer);
    expect(await reviewer.documents.count()).toBe(documentsBefore);
    expect(await reviewer.standards.count()).toBe(standardsBefore);
    expect(await reviewer.pendingFiles.count()).toBe(0);

    // The secretary of the same committee, on a device with nothing loaded.
    const secretary = freshDb();
    await testEngine(secretary).signIn(server.url, 'secretary', server.password);
    const toys = ['G/TBT/N/EU/1148', 'G/TBT/N/USA/2215'];
    const secretarySees = await deadlines(secretary, toys);
    expect(Object.values(secretarySees).every((d) => d !== null)).toBe(true);
    expect(await deadlines(reviewer, toys)).toEqual(secretarySees);
  });

  it('loading the demo data set after signing in stores no PDF a second time', async () => {
    const db = freshDb();
    await testEngine(db).signIn(server.url, 'reviewer', server.password);
    const documents = await db.documents.count();
    await loadDemoData(db, { fetchPdf: readDemoPdf, today: localToday() });
    await expectEachPdfOnce(db);
    expect(await db.documents.count()).toBeGreaterThanOrEqual(documents);
    const shared = (await db.documents.toArray()).filter((d) => d.notificationId === 'G/TBT/N/EU/1148');
    expect(shared).toHaveLength(1);
  });
});

describe('signing in after an ePing import', () => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await startListeningServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('merges the server’s thinner copy field by field and keeps the same PDF once', async () => {
    const db = freshDb();
    const now = new Date().toISOString();
    // The server has this notification with little more than its symbol and a short title.
    const imported: Notification = {
      id: server.N_A,
      agreement: 'TBT',
      memberCode: 'EU',
      number: 1001,
      suffixes: [],
      baseSymbol: server.N_A,
      parentSymbol: null,
      type: 'regular',
      member: 'European Union',
      agency: 'European Commission',
      notifiedUnder: '2.9.2',
      products: 'Toys',
      hsCodes: [{ code: '9503', description: 'Toys' }],
      icsCodes: [{ code: '97.200.50', description: 'Toys' }],
      title: 'Toys — draft regulation on the safety of toys (ePing title)',
      pages: '12 pages',
      languages: 'English',
      description: 'Safety requirements for toys.',
      objectives: ['Protection of human health or safety'],
      relevantDocuments: '',
      proposedAdoption: '',
      proposedEntryIntoForce: '',
      finalDateForComments: '2098-06-30',
      textsAvailableFrom: '',
      distributionDate: '2098-04-01',
      keywords: ['toys'],
      regionsAffected: '',
      notifiedDocumentUrls: [],
      links: [],
      source: 'eping',
      importedAt: now,
      updatedAt: now,
    };
    await importNotifications(db, [imported]);
    // The same notified text the server holds, attached here under an id of this device.
    const bytes = await server.documentBytes();
    const sha256 = await sha256Hex(bytes);
    await db.files.put({ sha256, bytes: new Blob([bytes.slice()]) });
    await db.documents.put({ id: 'local-1', notificationId: server.N_A, fileName: 'toys.pdf', sha256, pageCount: 1, byteLength: bytes.byteLength, language: 'en', addedAt: now });

    await testEngine(db).signIn(server.url, 'reviewera', server.password);

    const merged = await db.notifications.get(server.N_A);
    expect(shown(merged)).toEqual(shown(imported));
    expect(merged).toMatchObject({ pages: '12 pages', keywords: ['toys'], objectives: ['Protection of human health or safety'] });
    // The server's final date is the committee's: every member sees the same one.
    expect(merged?.finalDateForComments).toBe('2099-01-01');
    await expectEachPdfOnce(db);
    expect(await db.documents.where('notificationId').equals(server.N_A).count()).toBe(1);
    expect(await db.pendingFiles.count()).toBe(0);
  });
});
