// The desk officer's submission: the approved positions of every committee concerned, combined into
// one letter and one comment table, in the language the notifying member accepts.
import { memberName } from '../domain/members';
import type { Notification } from '../domain/notification';
import { compareClauses } from './clauseOrder';
import { LETTER_TEXT } from './letterText';
import type { CommitteePosition, CompiledComment, FillIns, Sender, SentField, Submission, SubmissionComment, SubmissionLanguage, SubmissionRequests } from './types';

export type SubmissionSource = Pick<
  Notification,
  'id' | 'title' | 'member' | 'memberCode' | 'agency' | 'textsAvailableFrom' | 'finalDateForComments'
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
  /** The officer's texts for fields a sent version lacks; ignored in the Chinese version. */
  fillIns?: FillIns;
}

const CHINESE = /[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** Whether `text` holds Chinese characters or full-width punctuation. */
export function hasChinese(text: string): boolean {
  return CHINESE.test(text);
}

/**
 * The row's texts in the submission's language. The Chinese internal version prefers the Chinese
 * text and falls back to the English. A sent version takes the English text or the officer's
 * fill-in, and never Chinese: a field that would hold Chinese is left empty and listed as missing.
 */
function toRow(compiled: CompiledComment, committeeCode: string, options: CombineOptions): SubmissionComment {
  const internal = options.language === 'zh';
  const fillIn = internal ? {} : (options.fillIns?.[compiled.id] ?? {});
  const missing: SentField[] = [];
  const field = (name: SentField, english: string, chinese = ''): string => {
    if (internal) return chinese.trim() || english.trim();
    const text = (fillIn[name] ?? english).trim();
    if (hasChinese(text) || (text === '' && chinese.trim() !== '')) {
      missing.push(name);
      return '';
    }
    return text;
  };
  return {
    compiledId: compiled.id,
    sourceCommentIds: [...compiled.sourceCommentIds],
    committeeCode,
    mbNc: options.mbNc,
    line: field('line', compiled.line),
    clause: field('clause', compiled.clause),
    paragraph: field('paragraph', compiled.paragraph),
    type: compiled.type,
    concerns: [...compiled.concerns],
    comment: field('comment', compiled.commentEn, compiled.commentZh),
    proposedChange: field('proposedChange', compiled.proposedChangeEn, compiled.proposedChangeZh),
    referenceStandard: field('referenceStandard', compiled.referenceStandard ?? ''),
    referenceClause: field('referenceClause', compiled.referenceClause ?? ''),
    // The secretariat's observations are internal: only the Chinese version carries them.
    observation: internal ? compiled.observation : '',
    missing,
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
  const member = memberName(notification.memberCode, notification.member, options.language);
  return {
    notificationId: notification.id,
    symbol,
    title: notification.title,
    member,
    country: options.country,
    mbNc: options.mbNc,
    language: options.language,
    addressee: enquiryPoint(notification),
    subject: text.subject(options.country, symbol, notification.title),
    date: options.date,
    sender: options.sender,
    introduction: options.introduction ?? text.introduction(options.country, member, symbol, notification.title),
    generalComments: general.map((e) => toRow(e.compiled, e.committeeCode, options)),
    specificComments: specific.map((e) => toRow(e.compiled, e.committeeCode, options)),
    requests: options.requests,
    finalDateForComments: notification.finalDateForComments,
    // A committee's name is kept in Chinese on this side; a sent version names it by its code.
    committees: approved.map((p) => (options.language === 'zh' || !hasChinese(p.committee.name) ? p.committee : { ...p.committee, name: '' })),
  };
}

/** Every row of the comment table: general comments, then specific ones. */
export function tableRows(submission: Submission): SubmissionComment[] {
  return [...submission.generalComments, ...submission.specificComments];
}
