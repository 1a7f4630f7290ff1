// Whether a submission is fit to send: who it comes from and goes to, a date, at least one comment,
// and, in a sent version, every field in the letter's language. Export is refused until the list of
// problems is empty; the Chinese internal version is never sent, so only its comments are checked.
import { hasChinese, tableRows } from './submission';
import type { Sender, SentField, Submission } from './types';

/** Sender fields a letter cannot go without. */
export const REQUIRED_SENDER_FIELDS = ['name', 'organisation', 'email'] as const satisfies readonly (keyof Sender)[];

export type LetterProblem =
  | { kind: 'sender'; field: (typeof REQUIRED_SENDER_FIELDS)[number] }
  | { kind: 'addressee' }
  | { kind: 'date' }
  | { kind: 'no_comments' }
  /** A text the officer typed holds Chinese, which a sent version must not. */
  | { kind: 'chinese_text'; field: 'addressee' | 'introduction' | keyof Sender }
  /** Row `number` of the letter (general comments first) lacks `fields` in the letter's language. */
  | { kind: 'missing_text'; number: number; compiledId: string; clause: string; fields: SentField[] };

export function letterProblems(submission: Submission): LetterProblem[] {
  const problems: LetterProblem[] = [];
  const rows = tableRows(submission);
  if (rows.length === 0) problems.push({ kind: 'no_comments' });
  if (submission.language !== 'zh') {
    for (const field of REQUIRED_SENDER_FIELDS) if (!submission.sender[field].trim()) problems.push({ kind: 'sender', field });
    if (!submission.addressee.trim()) problems.push({ kind: 'addressee' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(submission.date)) problems.push({ kind: 'date' });
    if (hasChinese(submission.addressee)) problems.push({ kind: 'chinese_text', field: 'addressee' });
    if (hasChinese(submission.introduction)) problems.push({ kind: 'chinese_text', field: 'introduction' });
    for (const field of ['name', 'organisation', 'address', 'email'] as const) {
      if (hasChinese(submission.sender[field])) problems.push({ kind: 'chinese_text', field });
    }
  }
  rows.forEach((row, i) => {
    if (row.missing.length) problems.push({ kind: 'missing_text', number: i + 1, compiledId: row.compiledId, clause: row.clause, fields: [...row.missing] });
  });
  return problems;
}
