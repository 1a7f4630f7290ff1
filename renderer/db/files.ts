// PDF files kept on the device: the bytes once per sha256 in `files`, described by a notified
// document (per notification) or a standard text. Comment anchors refer to the sha256.
import type { NotifiedDocument, StandardText } from '../../shared/domain/document';
import { newId, sha256Hex } from '../../shared/util/sha256';
import type { ReviewDb } from './schema';

export type PdfFileErrorCode = 'empty_file' | 'not_a_pdf' | 'missing_identifier';

/** A problem with a file the user chose; the UI translates `code` and names `fileName`. */
export class PdfFileError extends Error {
  constructor(
    readonly code: PdfFileErrorCode,
    readonly fileName: string,
  ) {
    super(`${fileName}: ${code}`);
    this.name = 'PdfFileError';
  }
}

export interface PdfFile {
  bytes: Uint8Array;
  fileName: string;
}

export interface StoredPdf {
  fileName: string;
  sha256: string;
  /** 0 when pdf.js cannot tell without a password. */
  pageCount: number;
  byteLength: number;
}

/** Counts pages; throws PdfFileError('not_a_pdf') for a file pdf.js cannot read. */
export type PageCounter = (bytes: Uint8Array, fileName: string) => Promise<number>;

interface PdfLib {
  getDocument(src: { data: Uint8Array; isEvalSupported: boolean }): { promise: Promise<{ numPages: number; destroy(): Promise<void> }> };
}

export async function countPagesWith(lib: PdfLib, bytes: Uint8Array, fileName: string): Promise<number> {
  try {
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    const doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
    const pages = doc.numPages;
    await doc.destroy();
    return pages;
  } catch (error) {
    // An encrypted PDF is still a PDF: keep it; its page count is known once it is opened.
    if ((error as { name?: string }).name === 'PasswordException') return 0;
    throw new PdfFileError('not_a_pdf', fileName);
  }
}

/** pdf.js as configured for the renderer, loaded only when a PDF is first added. */
export const countPdfPages: PageCounter = async (bytes, fileName) => countPagesWith((await import('../lib/pdfjs')).pdfjsLib, bytes, fileName);

async function describePdf(file: PdfFile, countPages: PageCounter): Promise<StoredPdf> {
  if (file.bytes.byteLength === 0) throw new PdfFileError('empty_file', file.fileName);
  const [sha256, pageCount] = await Promise.all([sha256Hex(file.bytes), countPages(file.bytes, file.fileName)]);
  return { fileName: file.fileName, sha256, pageCount, byteLength: file.bytes.byteLength };
}

/** Inside a transaction over `files`: saves the bytes unless the same bytes are already kept. */
async function saveBytes(db: ReviewDb, sha256: string, bytes: Uint8Array): Promise<void> {
  if ((await db.files.where('sha256').equals(sha256).count()) === 0) await db.files.add({ sha256, bytes: new Blob([bytes.slice()]) });
}

export async function storePdf(db: ReviewDb, bytes: Uint8Array, fileName: string, countPages: PageCounter = countPdfPages): Promise<StoredPdf> {
  const pdf = await describePdf({ bytes, fileName }, countPages);
  await db.transaction('rw', db.files, () => saveBytes(db, pdf.sha256, bytes));
  return pdf;
}

/** `25_03868_00_e.pdf` → `en`: WTO attachment names end in the language letter. */
export function languageFromFileName(fileName: string): string {
  const letter = /_([efs])\.pdf$/i.exec(fileName)?.[1]?.toLowerCase();
  return letter === 'e' ? 'en' : letter === 'f' ? 'fr' : letter === 's' ? 'es' : '';
}

/** Attaches a notified text to a notification; the same bytes attached twice give the same document. */
export async function attachNotifiedDocument(db: ReviewDb, notificationId: string, file: PdfFile, countPages: PageCounter = countPdfPages): Promise<NotifiedDocument> {
  const pdf = await describePdf(file, countPages);
  return db.transaction('rw', db.files, db.documents, async () => {
    await saveBytes(db, pdf.sha256, file.bytes);
    const existing = await db.documents.where('notificationId').equals(notificationId).filter((d) => d.sha256 === pdf.sha256).first();
    if (existing) return existing;
    const document: NotifiedDocument = { id: newId(), notificationId, ...pdf, language: languageFromFileName(file.fileName), addedAt: new Date().toISOString() };
    await db.documents.add(document);
    return document;
  });
}

/** Adds a standard text, or replaces the file and title of the one with the same identifier. */
export async function addStandardText(
  db: ReviewDb,
  standard: { identifier: string; title: string },
  file: PdfFile,
  countPages: PageCounter = countPdfPages,
): Promise<StandardText> {
  const identifier = standard.identifier.replace(/\s+/g, ' ').trim();
  if (!identifier) throw new PdfFileError('missing_identifier', file.fileName);
  const pdf = await describePdf(file, countPages);
  return db.transaction('rw', db.files, db.standards, async () => {
    await saveBytes(db, pdf.sha256, file.bytes);
    const existing = await db.standards.where('identifier').equals(identifier).first();
    const text: StandardText = { id: existing?.id ?? newId(), identifier, title: standard.title.trim(), ...pdf, addedAt: new Date().toISOString() };
    await db.standards.put(text);
    return text;
  });
}

/** The bytes of a kept file, or null if it is not on this device. */
export async function loadPdfBytes(db: ReviewDb, sha256: string): Promise<Uint8Array | null> {
  const file = await db.files.get(sha256);
  return file ? new Uint8Array(await file.bytes.arrayBuffer()) : null;
}

/**
 * Where a document or standard description comes from: the server's copy replaces a local one
 * with the same bytes (the server knows it by its own id); a local copy of bytes already described
 * is not stored again.
 */
export type DescriptionOrigin = 'server' | 'device';

/** Stores notified-document descriptions, each PDF once per notification. Call inside a transaction over `documents`. */
export async function putDocuments(db: ReviewDb, documents: readonly NotifiedDocument[], origin: DescriptionOrigin): Promise<void> {
  for (const document of documents) {
    const sameBytes = await db.documents.where('sha256').equals(document.sha256).filter((d) => d.notificationId === document.notificationId && d.id !== document.id).primaryKeys();
    if (sameBytes.length > 0 && origin === 'device') continue;
    await db.documents.bulkDelete(sameBytes);
    await db.documents.put(document);
  }
}

/** Stores standard-text descriptions, each PDF once. Call inside a transaction over `standards`. */
export async function putStandards(db: ReviewDb, standards: readonly StandardText[], origin: DescriptionOrigin): Promise<void> {
  for (const standard of standards) {
    const sameBytes = await db.standards.where('sha256').equals(standard.sha256).filter((s) => s.id !== standard.id).primaryKeys();
    if (sameBytes.length > 0 && origin === 'device') continue;
    await db.standards.bulkDelete(sameBytes);
    await db.standards.put(standard);
  }
}

/** Stores a document's page count once it is known (an encrypted file is counted only when opened). */
export async function recordPageCount(db: ReviewDb, documentId: string, pageCount: number): Promise<void> {
  await db.documents.update(documentId, { pageCount });
}
