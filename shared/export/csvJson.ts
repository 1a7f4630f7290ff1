// The comment table as CSV, and the whole submission as JSON, for other systems.
import Papa from 'papaparse';
import type { Submission } from '../compile/types';
import { ISO_TABLE_HEADERS, commentTableRows } from './commentTable';

/** UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly; CRLF line ends (RFC 4180). */
export function exportCommentTableCsv(submission: Submission): Uint8Array {
  const csv = Papa.unparse({ fields: [...ISO_TABLE_HEADERS], data: commentTableRows(submission) }, { newline: '\r\n', quotes: true });
  return new TextEncoder().encode(`\uFEFF${csv}`);
}

export const SUBMISSION_JSON_FORMAT = 'tbt-review-desk/submission';
export const SUBMISSION_JSON_VERSION = 1;

export function exportSubmissionJson(submission: Submission): Uint8Array {
  const document = { format: SUBMISSION_JSON_FORMAT, version: SUBMISSION_JSON_VERSION, submission };
  return new TextEncoder().encode(JSON.stringify(document, null, 2));
}
