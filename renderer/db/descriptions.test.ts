// Document and standard descriptions arriving from the server and from this device (demo data,
// attachments) in any order: each PDF is described once, and the server's id wins.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NotifiedDocument, StandardText } from '../../shared/domain/document';
import { openReviewDb } from './schema';
import { putDocuments, putStandards, type DescriptionOrigin } from './files';

const SHAS = ['a', 'b', 'c'].map((c) => c.repeat(64));
const NOTIFICATIONS = ['G/TBT/N/EU/1148', 'G/TBT/N/USA/2215'];

interface Put {
  origin: DescriptionOrigin;
  /** The id's number; ids are per origin, so the server's and this device's never coincide. */
  n: number;
  sha256: string;
  notificationId: string;
}

const put = fc.record({ origin: fc.constantFrom<DescriptionOrigin>('server', 'device'), n: fc.constant(0), sha256: fc.constantFrom(...SHAS), notificationId: fc.constantFrom(...NOTIFICATIONS) });

const document = (p: Put): NotifiedDocument => ({ id: `${p.origin}:${p.n}`, notificationId: p.notificationId, fileName: 'x.pdf', sha256: p.sha256, pageCount: 1, byteLength: 1, language: 'en', addedAt: '' });
const standard = (p: Put): StandardText => ({ id: `${p.origin}:${p.n}`, identifier: `ISO ${p.n}`, title: '', fileName: 'x.pdf', sha256: p.sha256, pageCount: 1, byteLength: 1, addedAt: '' });

let n = 0;

describe('storing document and standard descriptions', () => {
  it('never describes the same PDF twice, and the last server description of a PDF is the one kept', async () => {
    await fc.assert(
      // Each description has an id of its own (one that changes its PDF is a new description).
      fc.asyncProperty(fc.array(put, { maxLength: 12 }).map((puts) => puts.map((p, i) => ({ ...p, n: i }))), async (puts) => {
        const db = openReviewDb(`descriptions-${++n}`);
        try {
          for (const p of puts) {
            await db.transaction('rw', db.documents, () => putDocuments(db, [document(p)], p.origin));
            await db.transaction('rw', db.standards, () => putStandards(db, [standard(p)], p.origin));
          }
          const documents = await db.documents.toArray();
          const standards = await db.standards.toArray();
          expect(new Set(documents.map((d) => `${d.notificationId} ${d.sha256}`)).size).toBe(documents.length);
          expect(new Set(standards.map((s) => s.sha256)).size).toBe(standards.length);
          // Every PDF that was described is still described.
          expect(new Set(documents.map((d) => `${d.notificationId} ${d.sha256}`))).toEqual(new Set(puts.map((p) => `${p.notificationId} ${p.sha256}`)));
          expect(new Set(standards.map((s) => s.sha256))).toEqual(new Set(puts.map((p) => p.sha256)));
          // A server description that was not replaced since is kept under the server's id.
          const last = puts.at(-1);
          if (last?.origin === 'server') {
            expect(documents.find((d) => d.id === `server:${last.n}`)?.sha256).toBe(last.sha256);
            expect(standards.find((s) => s.id === `server:${last.n}`)?.sha256).toBe(last.sha256);
          }
        } finally {
          db.close();
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
