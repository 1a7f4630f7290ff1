// Loads the built-in demo data set into the local database: notifications, their notified texts
// and the reference standards, in one transaction. Ids are fixed, so loading again updates the
// demo records (and moves their deadlines to the new day) and never duplicates them.
import type { ReviewDb } from '../db/schema';
import { importNotifications } from '../db/notificationStore';
import { putDocuments, putStandards } from '../db/files';
import type { NotifiedDocument, StandardText } from '../../shared/domain/document';
import { sha256Hex } from '../../shared/util/sha256';
import { localToday } from '../lib/localToday';
import { DEMO_DOCUMENTS, DEMO_STANDARDS, demoNotifications, type DemoPdfFile } from '../../shared/demo/demoData';

// Vite emits each bundled PDF as an asset and rewrites these URLs to it.
export const DEMO_PDF_URLS: Record<DemoPdfFile, string> = {
  'eu-toys.pdf': new URL('../../resources/demo/eu-toys.pdf', import.meta.url).href,
  'iso-8124-1-excerpt-demo.pdf': new URL('../../resources/demo/iso-8124-1-excerpt-demo.pdf', import.meta.url).href,
  'chn-ebike-battery.pdf': new URL('../../resources/demo/chn-ebike-battery.pdf', import.meta.url).href,
  'iec-62133-2-excerpt-demo.pdf': new URL('../../resources/demo/iec-62133-2-excerpt-demo.pdf', import.meta.url).href,
  'usa-magnets.pdf': new URL('../../resources/demo/usa-magnets.pdf', import.meta.url).href,
  'astm-f963-excerpt-demo.pdf': new URL('../../resources/demo/astm-f963-excerpt-demo.pdf', import.meta.url).href,
  'bra-appliances.pdf': new URL('../../resources/demo/bra-appliances.pdf', import.meta.url).href,
  'iec-60335-1-excerpt-demo.pdf': new URL('../../resources/demo/iec-60335-1-excerpt-demo.pdf', import.meta.url).href,
};

export type FetchDemoPdf = (file: DemoPdfFile, url: string) => Promise<ArrayBuffer>;

export interface LoadDemoOptions {
  /** How to read a bundled PDF; tests pass one that reads the file from disk. */
  fetchPdf?: FetchDemoPdf;
  /** The day the deadlines are placed around (yyyy-mm-dd); the local date by default. */
  today?: string;
}

export interface DemoLoadResult {
  notifications: number;
  documents: number;
  standards: number;
}

async function fetchBundledPdf(file: DemoPdfFile, url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

export function demoDocumentId(file: DemoPdfFile): string {
  return `demo:${file}`;
}

export function demoStandardId(identifier: string): string {
  return `demo:${identifier}`;
}

export async function loadDemoData(db: ReviewDb, options: LoadDemoOptions = {}): Promise<DemoLoadResult> {
  const fetchPdf = options.fetchPdf ?? fetchBundledPdf;
  const now = new Date().toISOString();
  const notifications = demoNotifications(options.today ?? localToday(), now);

  // Fetch and hash every PDF before the transaction: an IndexedDB transaction closes when it
  // awaits anything that is not a database request.
  const files = [...DEMO_DOCUMENTS.map((d) => d.file), ...DEMO_STANDARDS.map((s) => s.file)];
  const pdfs = new Map<DemoPdfFile, { bytes: ArrayBuffer; sha256: string }>();
  for (const file of files) {
    const bytes = await fetchPdf(file, DEMO_PDF_URLS[file]);
    pdfs.set(file, { bytes, sha256: await sha256Hex(bytes) });
  }
  const pdf = (file: DemoPdfFile) => pdfs.get(file)!;

  const documents: NotifiedDocument[] = DEMO_DOCUMENTS.map((d) => ({
    id: demoDocumentId(d.file),
    notificationId: d.notificationId,
    fileName: d.file,
    sha256: pdf(d.file).sha256,
    pageCount: d.pageCount,
    byteLength: pdf(d.file).bytes.byteLength,
    language: d.language,
    addedAt: now,
  }));
  const standards: StandardText[] = DEMO_STANDARDS.map((s) => ({
    id: demoStandardId(s.identifier),
    identifier: s.identifier,
    title: s.title,
    fileName: s.file,
    sha256: pdf(s.file).sha256,
    pageCount: s.pageCount,
    byteLength: pdf(s.file).bytes.byteLength,
    addedAt: now,
  }));
  const blobs = [...pdfs.values()].map(({ bytes, sha256 }) => ({ sha256, bytes: new Blob([bytes], { type: 'application/pdf' }) }));

  await db.transaction('rw', [db.notifications, db.documents, db.standards, db.files], async () => {
    await db.files.bulkPut(blobs);
    await importNotifications(db, notifications);
    // A PDF the server already sent (after signing in) is not described twice.
    await putDocuments(db, documents, 'device');
    await putStandards(db, standards, 'device');
  });
  return { notifications: notifications.length, documents: documents.length, standards: standards.length };
}
