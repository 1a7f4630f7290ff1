import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as pdfjsNode from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/util/sha256';
import { openReviewDb, type ReviewDb } from './schema';
import { addStandardText, attachNotifiedDocument, countPagesWith, languageFromFileName, loadPdfBytes, PdfFileError, storePdf, type PageCounter } from './files';

// In the renderer pages are counted by the configured pdf.js of renderer/lib/pdfjs.ts; Node needs
// pdf.js's legacy build. Same counting code either way.
const countPages: PageCounter = (bytes, fileName) => countPagesWith(pdfjsNode, bytes, fileName);

const CORPUS = '../shared/corpus';
const pdf = async (name: string) => new Uint8Array(await readFile(`${CORPUS}/pdfs/${name}`));

let db: ReviewDb;
let n = 0;
beforeEach(async () => {
  db = openReviewDb(`files-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe.skipIf(!existsSync(CORPUS))('storing PDFs (needs ../shared/corpus, skipped when it is absent)', () => {
  it('stores the bytes once per sha256 with their page count', async () => {
    const bytes = await pdf('tracemonkey.pdf');
    const stored = await storePdf(db, bytes, 'tracemonkey.pdf', countPages);
    expect(stored).toEqual({ fileName: 'tracemonkey.pdf', sha256: await sha256Hex(bytes), pageCount: 14, byteLength: bytes.byteLength });
    await storePdf(db, bytes, 'copy.pdf', countPages);
    expect(await db.files.count()).toBe(1);
    const loaded = await loadPdfBytes(db, stored.sha256);
    expect(loaded && (await sha256Hex(loaded))).toBe(stored.sha256);
  });

  it('keeps an encrypted PDF with an unknown page count', async () => {
    const stored = await storePdf(db, await pdf('issue6010_1.pdf'), 'issue6010_1.pdf', countPages);
    expect(stored.pageCount).toBe(0);
    expect(await db.files.count()).toBe(1);
  });

  it('keeps a damaged PDF that pdf.js can recover', async () => {
    expect((await storePdf(db, await pdf('helloworld-bad.pdf'), 'helloworld-bad.pdf', countPages)).pageCount).toBe(1);
  });

  it('attaches a notified text once per notification, with its language from the WTO file name', async () => {
    const bytes = await pdf('rotation.pdf');
    const first = await attachNotifiedDocument(db, 'G/TBT/N/USA/2211', { bytes, fileName: '25_03868_00_e.pdf' }, countPages);
    const again = await attachNotifiedDocument(db, 'G/TBT/N/USA/2211', { bytes, fileName: 'same.pdf' }, countPages);
    const other = await attachNotifiedDocument(db, 'G/TBT/N/EU/1', { bytes, fileName: 'x.pdf' }, countPages);
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    expect(first).toMatchObject({ notificationId: 'G/TBT/N/USA/2211', language: 'en', sha256: await sha256Hex(bytes) });
    expect(await db.documents.count()).toBe(2);
    expect(await db.files.count()).toBe(1);
  });

  it('adds a standard text and replaces it when the same identifier is added again', async () => {
    const a = await addStandardText(db, { identifier: ' ISO 8124-1:2022 ', title: 'Safety of toys' }, { bytes: await pdf('tracemonkey.pdf'), fileName: 'a.pdf' }, countPages);
    const b = await addStandardText(db, { identifier: 'ISO 8124-1:2022', title: 'Safety of toys — Part 1' }, { bytes: await pdf('rotation.pdf'), fileName: 'b.pdf' }, countPages);
    expect(a.identifier).toBe('ISO 8124-1:2022');
    expect(b.id).toBe(a.id);
    expect(await db.standards.toArray()).toEqual([b]);
  });
});

describe('rejecting files that are not PDFs', () => {
  it('refuses a file pdf.js cannot read, and stores nothing', async () => {
    const bytes = new TextEncoder().encode('Name,Age\nAda,36\n');
    await expect(storePdf(db, bytes, 'people.csv', countPages)).rejects.toMatchObject({ code: 'not_a_pdf', fileName: 'people.csv' });
    await expect(attachNotifiedDocument(db, 'G/TBT/N/EU/1', { bytes, fileName: 'people.csv' }, countPages)).rejects.toBeInstanceOf(PdfFileError);
    expect(await db.files.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
  });

  it('refuses an empty file and a standard without identifier', async () => {
    await expect(storePdf(db, new Uint8Array(), 'empty.pdf', countPages)).rejects.toMatchObject({ code: 'empty_file' });
    await expect(addStandardText(db, { identifier: ' ', title: 't' }, { bytes: new Uint8Array([1]), fileName: 'x.pdf' }, countPages)).rejects.toMatchObject({ code: 'missing_identifier' });
  });
});

describe('languageFromFileName', () => {
  it.each([
    ['25_03868_00_e.pdf', 'en'],
    ['25_03789_00_s.pdf', 'es'],
    ['25_0001_00_F.PDF', 'fr'],
    ['standard.pdf', ''],
  ])('%s → %j', (name, language) => expect(languageFromFileName(name)).toBe(language));
});
