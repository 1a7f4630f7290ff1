// The letter as a list of blocks, built once from a Submission and laid out by each format (DOCX,
// PDF), so that every format says the same thing in the same order.
import { LETTER_TEXT } from '../compile/letterText';
import type { Submission, SubmissionComment } from '../compile/types';
import { commentDetails } from './commentTable';

export type LetterBlock =
  /** Labels end with their language's colon. */
  | { kind: 'field'; label: string; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'comment';
      number: number;
      reference: string;
      comment: string;
      /** Labelled lines: the TBT concerns, the reference standard. */
      details: string[];
      proposedChange: string;
      proposedLabel: string;
      observation: string;
      observationLabel: string;
    }
  | { kind: 'signature'; closing: string; lines: string[] };

function reference(row: SubmissionComment, submission: Submission): string {
  const text = LETTER_TEXT[submission.language];
  const separator = text.listSeparator;
  const parts = [
    row.clause && `${text.clause} ${row.clause}`,
    row.paragraph && `${text.paragraph} ${row.paragraph}`,
    row.line && `${text.line} ${row.line}`,
  ].filter(Boolean);
  const type = text.typeNames[row.type];
  return submission.language === 'zh' ? `${parts.join(separator)}（${type}）` : `${parts.join(separator)}${parts.length ? ' ' : ''}(${type})`;
}

function commentBlocks(rows: SubmissionComment[], submission: Submission, start: number): LetterBlock[] {
  const text = LETTER_TEXT[submission.language];
  return rows.map((row, i) => ({
    kind: 'comment',
    number: start + i,
    reference: row.clause || row.paragraph || row.line ? reference(row, submission) : '',
    comment: row.comment,
    details: commentDetails(row, submission),
    proposedChange: row.proposedChange,
    proposedLabel: text.proposedChange + text.colon,
    observation: row.observation,
    observationLabel: text.observation + text.colon,
  }));
}

export function letterBlocks(submission: Submission): LetterBlock[] {
  const text = LETTER_TEXT[submission.language];
  const blocks: LetterBlock[] = [
    { kind: 'field', label: text.from + text.colon, text: [submission.sender.organisation, submission.sender.email].filter((l) => l.trim()).join(text.listSeparator) },
    { kind: 'field', label: text.to + text.colon, text: submission.addressee },
    { kind: 'field', label: text.dateLabel + text.colon, text: text.date(submission.date) },
    { kind: 'field', label: text.subjectLabel + text.colon, text: submission.subject },
    { kind: 'paragraph', text: text.salutation },
    { kind: 'paragraph', text: submission.introduction },
    { kind: 'heading', text: text.generalComments },
  ];
  if (submission.generalComments.length) blocks.push(...commentBlocks(submission.generalComments, submission, 1));
  else blocks.push({ kind: 'paragraph', text: text.none });
  blocks.push({ kind: 'heading', text: text.specificComments });
  if (submission.specificComments.length) blocks.push(...commentBlocks(submission.specificComments, submission, submission.generalComments.length + 1));
  else blocks.push({ kind: 'paragraph', text: text.none });
  const requests = [
    submission.requests.extendCommentPeriod && text.extendCommentPeriod(submission.finalDateForComments && text.date(submission.finalDateForComments)),
    submission.requests.writtenReply && text.writtenReply,
  ].filter((r): r is string => Boolean(r));
  if (requests.length) {
    blocks.push({ kind: 'heading', text: text.requests });
    for (const request of requests) blocks.push({ kind: 'paragraph', text: request });
  }
  const sender = submission.sender;
  blocks.push({ kind: 'signature', closing: text.closing, lines: [sender.name, sender.organisation, sender.address, sender.email].filter((l) => l.trim()) });
  return blocks;
}
