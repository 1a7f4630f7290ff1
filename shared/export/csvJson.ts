// The comment table as CSV, and the whole submission as JSON, for other systems.
import Papa from 'papaparse';
import type { Submission } from '../compile/types';
import { commentTableHeaders, commentTableRows } from './commentTable';

// Papa's own pattern (/^[=+\-@\t\r].*$/) misses a cell whose first line starts a formula and
// that has more lines: `.` does not cross the line break.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly; CRLF line ends (RFC 4180).
 * A cell starting with =, +, -, @, tab or carriage return is prefixed with ' so that a spreadsheet
 * shows it as text instead of running it as a formula (OWASP CSV injection).
 */
export function exportCommentTableCsv(submission: Submission): Uint8Array {
  const csv = Papa.unparse({ fields: [...commentTableHeaders(submission)], data: commentTableRows(submission) }, { newline: '\r\n', quotes: true, escapeFormulae: FORMULA_START });
  return new TextEncoder().encode(`\uFEFF${csv}`);
}

export const SUBMISSION_JSON_FORMAT = 'tbt-review-desk/submission';
export const SUBMISSION_JSON_VERSION = 1;

export function exportSubmissionJson(submission: Submission): Uint8Array {
  const document = { format: SUBMISSION_JSON_FORMAT, version: SUBMISSION_JSON_VERSION, submission };
  return new TextEncoder().encode(JSON.stringify(document, null, 2));
}
