// The reply received from the notifying member, kept as a file: its bytes in the files table (once
// per sha256, as PDFs are), the sending record naming it.
import type { ReplyAttachment } from '../../shared/compile/sending';
import { sha256Hex } from '../../shared/util/sha256';
import { saveBytes } from '../lib/desktop';
import type { ReviewDb } from '../db/schema';

export async function storeReplyAttachment(db: ReviewDb, file: File): Promise<ReplyAttachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  if (!(await db.files.get(sha256))) await db.files.put({ sha256, bytes: new Blob([bytes], { type: file.type }) });
  return { fileName: file.name, sha256 };
}

export class MissingAttachmentError extends Error {}

/** Saves a copy where the user chooses (a download in the browser); false when cancelled. */
export async function saveReplyAttachment(db: ReviewDb, attachment: ReplyAttachment): Promise<boolean> {
  const row = await db.files.get(attachment.sha256);
  if (!row) throw new MissingAttachmentError(attachment.fileName);
  return saveBytes(attachment.fileName, new Uint8Array(await row.bytes.arrayBuffer()));
}
