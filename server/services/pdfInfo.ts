import { createHash } from 'node:crypto';
import { HttpError } from '../errors';

/** The sha256 of a PDF and an estimate of its page count (page objects in the file; 0 when compressed away). */
export async function pdfInfo(bytes: Uint8Array): Promise<{ sha256: string; pageCount: number }> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new HttpError(400, 'not_a_pdf', 'The file is not a PDF');
  const text = Buffer.from(bytes).toString('latin1');
  const pageCount = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  return { sha256: createHash('sha256').update(bytes).digest('hex'), pageCount };
}
