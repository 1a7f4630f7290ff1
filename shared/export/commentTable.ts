// The comment table in the ISO/IEC commenting template layout: one row per comment, these eight
// columns, in this order. Sent versions keep the template's English headers, which receiving
// secretariats and tools match on; the Chinese internal version has them in Chinese. The TBT
// concerns and the reference standard have no column of their own: they go into "Comments" as
// labelled lines, so that the template keeps its eight columns.
import { ISO_TABLE_HEADERS, LETTER_TEXT } from '../compile/letterText';
import { tableRows } from '../compile/submission';
import type { Submission, SubmissionComment } from '../compile/types';

export { ISO_TABLE_HEADERS };

/** Relative column widths (sum 100), after the template's proportions. */
export const ISO_COLUMN_WEIGHTS = [6, 7, 9, 10, 7, 25, 22, 14] as const;

export function commentTableHeaders(submission: Submission): readonly string[] {
  return LETTER_TEXT[submission.language].tableHeaders;
}

/** The labelled lines a comment carries besides its text: its TBT concerns and the standard it relies on. */
export function commentDetails(row: SubmissionComment, submission: Submission): string[] {
  const text = LETTER_TEXT[submission.language];
  const lines: string[] = [];
  if (row.concerns.length) lines.push(`${text.concernsLabel}${text.colon}${row.concerns.map((c) => text.concernNames[c]).join(submission.language === 'zh' ? '；' : '; ')}`);
  const citation = text.citation(row.referenceStandard, row.referenceClause);
  if (citation) lines.push(`${text.referenceLabel}${text.colon}${citation}`);
  return lines;
}

/** The table's body, one string per header, in the submission's order. */
export function commentTableRows(submission: Submission): string[][] {
  const text = LETTER_TEXT[submission.language];
  return tableRows(submission).map((row) => [
    row.mbNc,
    row.line,
    row.clause,
    row.paragraph,
    submission.language === 'zh' ? text.typeNames[row.type] : row.type,
    [row.comment, ...commentDetails(row, submission)].filter(Boolean).join('\n'),
    row.proposedChange,
    row.observation,
  ]);
}

/** A file name from the symbol: `G/TBT/N/EU/1234` → `G-TBT-N-EU-1234`. */
export function fileStem(submission: Submission, part: 'letter' | 'comments'): string {
  const symbol = submission.symbol.replace(/[^A-Za-z0-9.]+/g, '-');
  return `${symbol}_${part}_${submission.language}`;
}
