import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openReviewDb, type ReviewDb } from '../db/schema';
import { deadlineInForce, daysLeft } from '../../shared/domain/deadline';
import { sha256Hex } from '../../shared/util/sha256';
import { loadDemoData, type FetchDemoPdf } from './loadDemo';
import { DEMO_DOCUMENTS, DEMO_STANDARDS } from '../../shared/demo/demoData';

const DEMO_DIR = resolve('resources/demo');
const readDemoPdf: FetchDemoPdf = async (file) => {
  const bytes = await readFile(resolve(DEMO_DIR, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const TODAY = '2026-03-10';

async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const data = new Uint8Array(await readFile(resolve(DEMO_DIR, file)));
  const doc = await getDocument({ data, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n';
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

describe('the demo data set', () => {
  let db: ReviewDb;
  let name = 0;
  beforeEach(() => {
    db = openReviewDb(`demo-test-${++name}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores the notifications with their follow-ups, notified texts, standards and PDF bytes', async () => {
    const result = await loadDemoData(db, { fetchPdf: readDemoPdf, today: TODAY });
    expect(result).toEqual({ notifications: 8, documents: 4, standards: 4 });
    expect(await db.notifications.count()).toBe(8);
    const ids = (await db.notifications.toArray()).map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['G/TBT/N/EU/1148/Add.1', 'G/TBT/N/CHN/2031', 'G/TBT/N/USA/2215/Corr.1', 'G/TBT/N/BRA/1580/Add.1/Corr.1']),
    );
    const corr = await db.notifications.get('G/TBT/N/BRA/1580/Add.1/Corr.1');
    expect(corr).toMatchObject({ baseSymbol: 'G/TBT/N/BRA/1580', parentSymbol: 'G/TBT/N/BRA/1580/Add.1', source: 'demo' });

    const chinese = await db.documents.where('notificationId').equals('G/TBT/N/CHN/2031').toArray();
    expect(chinese).toHaveLength(1);
    const blob = await db.files.get(chinese[0]!.sha256);
    const bytes = await readFile(resolve(DEMO_DIR, 'chn-ebike-battery.pdf'));
    expect(blob?.bytes.size).toBe(bytes.byteLength);
    expect(chinese[0]!.sha256).toBe(await sha256Hex(bytes));
    expect((await db.standards.where('identifier').equals('ISO 8124-1:2022').first())?.title).toContain('(excerpt, demo)');
  });

  it('fills every item of the notification form for each notification', async () => {
    await loadDemoData(db, { fetchPdf: readDemoPdf, today: TODAY });
    for (const n of await db.notifications.toArray()) {
      for (const item of [n.member, n.agency, n.notifiedUnder, n.products, n.title, n.pages, n.languages, n.description, n.relevantDocuments, n.proposedAdoption, n.proposedEntryIntoForce, n.textsAvailableFrom]) {
        expect(item, n.id).not.toBe('');
      }
      expect(n.objectives.length, n.id).toBeGreaterThan(0);
      expect(n.hsCodes.length, n.id).toBeGreaterThan(0);
    }
  });

  it('places deadlines around the day it is loaded: one in force within a week, one already passed', async () => {
    await loadDemoData(db, { fetchPdf: readDemoPdf, today: TODAY });
    const all = await db.notifications.toArray();
    const left = (id: string) => {
      const { date } = deadlineInForce(all.find((n) => n.id === id)!, all);
      return date === null ? null : daysLeft(date, TODAY);
    };
    const euDays = left('G/TBT/N/EU/1148');
    expect(euDays).toBeGreaterThanOrEqual(0);
    expect(euDays).toBeLessThanOrEqual(7);
    expect(left('G/TBT/N/USA/2215')).toBeLessThan(0);
    expect(left('G/TBT/N/CHN/2031')).toBeGreaterThan(7);
  });

  it('loading it twice updates the records and never duplicates them', async () => {
    await loadDemoData(db, { fetchPdf: readDemoPdf, today: TODAY });
    await loadDemoData(db, { fetchPdf: readDemoPdf, today: '2026-04-01' });
    expect(await db.notifications.count()).toBe(8);
    expect(await db.documents.count()).toBe(4);
    expect(await db.standards.count()).toBe(4);
    expect(await db.files.count()).toBe(8);
    const cn = await db.notifications.get('G/TBT/N/CHN/2031');
    expect(cn?.finalDateForComments).toBe('2026-05-23'); // 52 days after the second load
  });

  it('stores nothing when a bundled PDF cannot be read', async () => {
    const failing: FetchDemoPdf = async (file) => {
      if (file === 'usa-magnets.pdf') throw new Error('not found');
      return readDemoPdf(file, '');
    };
    await expect(loadDemoData(db, { fetchPdf: failing, today: TODAY })).rejects.toThrow('not found');
    expect(await db.notifications.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
  });
});

describe('the bundled demo PDFs', () => {
  it('have the page counts the demo records declare', async () => {
    for (const { file, pageCount } of [...DEMO_DOCUMENTS, ...DEMO_STANDARDS]) {
      expect((await pdfText(file)).pages, file).toBe(pageCount);
    }
  });

  it('carry extractable text, Chinese included, with numbered clauses', async () => {
    const chinese = await pdfText('chn-ebike-battery.pdf');
    expect(chinese.text).toContain('电动自行车用锂离子蓄电池安全技术规范');
    expect(chinese.text).toContain('4.5 热扩散');
    const eu = await pdfText('eu-toys.pdf');
    expect(eu.text).toContain('4.5 Small parts');
    const standard = await pdfText('iso-8124-1-excerpt-demo.pdf');
    expect(standard.text).toContain('ISO 8124-1:2022 (excerpt, demo)');
    expect(standard.text).toContain('DEMO TEXT');
  });
});
