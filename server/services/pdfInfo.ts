import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { HttpError } from '../errors';

/** The sha256 of a PDF and its page count, read from the page tree by a PDF parser. */
export async function pdfInfo(bytes: Uint8Array): Promise<{ sha256: string; pageCount: number }> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new HttpError(400, 'not_a_pdf', 'The file is not a PDF');
  let pageCount: number;
  try {
    // Encrypted PDFs still have a readable page tree; nothing is decrypted or rewritten here.
    const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    pageCount = document.getPageCount();
  } catch {
    throw new HttpError(400, 'unreadable_pdf', 'The PDF could not be read');
  }
  if (pageCount === 0) throw new HttpError(400, 'unreadable_pdf', 'The PDF has no pages');
  return { sha256: createHash('sha256').update(bytes).digest('hex'), pageCount };
}
