// The desk officer's submission: the approved positions of every committee concerned, combined into
// one letter and one comment table, in the language the notifying member accepts.
import type { Notification } from '../domain/notification';
import { compareClauses } from './clauseOrder';
import { LETTER_TEXT } from './letterText';
import type { CommitteePosition, CompiledComment, Sender, Submission, SubmissionComment, SubmissionLanguage, SubmissionRequests } from './types';

export type SubmissionSource = Pick<
  Notification,
  'id' | 'title' | 'member' | 'agency' | 'textsAvailableFrom' | 'finalDateForComments'
>;

/** Item 11 names the enquiry point the texts (and comments) go to; item 2's agency when it names none. */
export function enquiryPoint(notification: Pick<Notification, 'agency' | 'textsAvailableFrom'>): string {
  const item11 = notification.textsAvailableFrom.trim();
  return item11 || notification.agency.trim();
}

export interface CombineOptions {
  language: SubmissionLanguage;
  country: string;
  mbNc: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  sender: Sender;
  requests: SubmissionRequests;
  /** Replaces the standard introduction when given. */
  introduction?: string;
}

/** Sent versions use the English text, falling back to the Chinese; the internal version the reverse. */
function inLanguage(language: SubmissionLanguage, zh: string, en: string): { text: string; fallback: boolean } {
  const [preferred, other] = language === 'zh' ? [zh, en] : [en, zh];
  if (preferred.trim()) return { text: preferred.trim(), fallback: false };
  return { text: other.trim(), fallback: other.trim() !== '' };
}

function toRow(compiled: CompiledComment, committeeCode: string, options: CombineOptions): SubmissionComment {
  const comment = inLanguage(options.language, compiled.commentZh, compiled.commentEn);
  const proposed = inLanguage(options.language, compiled.proposedChangeZh, compiled.proposedChangeEn);
  return {
    compiledId: compiled.id,
    committeeCode,
    mbNc: options.mbNc,
    line: compiled.line,
    clause: compiled.clause,
    paragraph: compiled.paragraph,
    type: compiled.type,
    comment: comment.text,
    proposedChange: proposed.text,
    // The secretariat's observations are internal: only the Chinese version carries them.
    observation: options.language === 'zh' ? compiled.observation : '',
    missingTranslation: comment.fallback || proposed.fallback,
  };
}

const isGeneral = (c: CompiledComment) => c.clause.trim() === '';

/**
 * One submission from the approved positions (others are ignored): rejected comments left out,
 * general comments first, then specific comments clause by clause, each committee's order kept
 * within a clause.
 */
export function combinePositions(notification: SubmissionSource, positions: readonly CommitteePosition[], options: CombineOptions): Submission {
  const approved = positions.filter((p) => p.approved && p.notificationId === notification.id);
  const entries = approved.flatMap((position, rank) =>
    [...position.compiled]
      .filter((c) => c.decision === 'accepted' || c.decision === 'modified')
      .sort((a, b) => a.order - b.order)
      .map((compiled, index) => ({ compiled, committeeCode: position.committee.code, rank, index })),
  );
  const general = entries.filter((e) => isGeneral(e.compiled));
  const specific = entries
    .filter((e) => !isGeneral(e.compiled))
    .sort((a, b) => compareClauses(a.compiled.clause, b.compiled.clause) || a.rank - b.rank || a.index - b.index);
  // The notification's id is its normalised symbol.
  const symbol = notification.id;
  const text = LETTER_TEXT[options.language];
  return {
    notificationId: notification.id,
    symbol,
    title: notification.title,
    member: notification.member,
    country: options.country,
    mbNc: options.mbNc,
    language: options.language,
    addressee: enquiryPoint(notification),
    subject: text.subject(options.country, symbol, notification.title),
    date: options.date,
    sender: options.sender,
    introduction: options.introduction ?? text.introduction(options.country, notification.member, symbol, notification.title),
    generalComments: general.map((e) => toRow(e.compiled, e.committeeCode, options)),
    specificComments: specific.map((e) => toRow(e.compiled, e.committeeCode, options)),
    requests: options.requests,
    finalDateForComments: notification.finalDateForComments,
    committees: approved.map((p) => p.committee),
  };
}

/** Every row of the comment table: general comments, then specific ones. */
export function tableRows(submission: Submission): SubmissionComment[] {
  return [...submission.generalComments, ...submission.specificComments];
}
