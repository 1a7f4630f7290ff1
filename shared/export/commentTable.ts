// The comment table in the ISO/IEC commenting template layout: one row per comment, these eight
// columns, in this order. The headers stay in English in every language version: it is the
// template's wording, which receiving secretariats and tools match on.
import { tableRows } from '../compile/submission';
import type { Submission } from '../compile/types';

export const ISO_TABLE_HEADERS = [
  'MB/NC',
  'Line number',
  'Clause/Subclause',
  'Paragraph/Figure/Table',
  'Type of comment',
  'Comments',
  'Proposed change',
  'Observations of the secretariat',
] as const;

/** Relative column widths (sum 100), after the template's proportions. */
export const ISO_COLUMN_WEIGHTS = [6, 7, 9, 10, 7, 25, 22, 14] as const;

/** The table's body, one string per header, in the submission's order. */
export function commentTableRows(submission: Submission): string[][] {
  return tableRows(submission).map((row) => [row.mbNc, row.line, row.clause, row.paragraph, row.type, row.comment, row.proposedChange, row.observation]);
}

/** A file name from the symbol: `G/TBT/N/EU/1234` → `G-TBT-N-EU-1234`. */
export function fileStem(submission: Submission, part: 'letter' | 'comments'): string {
  const symbol = submission.symbol.replace(/[^A-Za-z0-9.]+/g, '-');
  return `${symbol}_${part}_${submission.language}`;
}
