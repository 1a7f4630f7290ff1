// The compilation a committee secretary makes of the experts' finished comments, and the submission
// a desk officer sends to the notifying member. Every export is rendered from `Submission` alone.
import type { CommentType, TbtConcern } from '../domain/comment';

/** 'pending' until the secretary decides; a position can only be approved with no pending comment. */
export const DECISIONS = ['pending', 'accepted', 'rejected', 'modified'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface CompiledComment {
  id: string;
  notificationId: string;
  /** The experts' comments this one was compiled from (one, or several when merged). */
  sourceCommentIds: string[];
  decision: Decision;
  /** Observation of the secretariat: why it was accepted, rejected or reworded. */
  observation: string;
  clause: string;
  paragraph: string;
  line: string;
  type: CommentType;
  concerns: TbtConcern[];
  /** The final texts: the sources' texts, merged, or as the secretary reworded them. */
  commentZh: string;
  commentEn: string;
  proposedChangeZh: string;
  proposedChangeEn: string;
  /** The standard the comment relies on, e.g. `ISO 8124-1:2022`, and its clause; merges join the distinct ones. */
  referenceStandard: string;
  referenceClause: string;
  /** Position in the committee's list, 0-based; the submission keeps this order within a clause. */
  order: number;
}

export interface CommitteeRef {
  id: string;
  /** e.g. `SAC/TC 28`. */
  code: string;
  name: string;
}

export interface CommitteePosition {
  notificationId: string;
  committee: CommitteeRef;
  compiled: CompiledComment[];
  approved: boolean;
  /** ISO date-time of approval, null until approved. */
  approvedAt: string | null;
  /** Set with approval: the compilation and its source comments can no longer change. */
  locked: boolean;
}

/** The language the letter goes out in; 'zh' is the Chinese internal version, never sent. */
export const SUBMISSION_LANGUAGES = ['en', 'fr', 'es', 'zh'] as const;
export type SubmissionLanguage = (typeof SUBMISSION_LANGUAGES)[number];

/** The fields of a row that a sent version must have in its language (never in Chinese). */
export const SENT_FIELDS = ['clause', 'paragraph', 'line', 'comment', 'proposedChange', 'referenceStandard', 'referenceClause'] as const;
export type SentField = (typeof SENT_FIELDS)[number];

/** Texts the desk officer typed for a sent version, by compiled comment id, where the English was missing. */
export type FillIns = Record<string, Partial<Record<SentField, string>>>;

/** One row of the comment table, its texts already in the submission's language. */
export interface SubmissionComment {
  /** The compiled comment it comes from. */
  compiledId: string;
  /** The experts' comments behind it (several after a merge). */
  sourceCommentIds: string[];
  committeeCode: string;
  /** The ISO template's member body / national committee column, e.g. `CN`. */
  mbNc: string;
  line: string;
  clause: string;
  paragraph: string;
  type: CommentType;
  concerns: TbtConcern[];
  comment: string;
  proposedChange: string;
  referenceStandard: string;
  referenceClause: string;
  /** Empty in the version sent: the column is for the notifying member's secretariat. */
  observation: string;
  /**
   * Sent versions only: fields left empty because the compiled comment has them in Chinese only (or
   * with Chinese text in them). The officer fills them in before export.
   */
  missing: SentField[];
}

export interface Sender {
  name: string;
  organisation: string;
  address: string;
  email: string;
}

export interface SubmissionRequests {
  /** Ask the notifying member to extend the comment period. */
  extendCommentPeriod: boolean;
  /** Ask for a written reply to the comments. */
  writtenReply: boolean;
}

export interface Submission {
  notificationId: string;
  symbol: string;
  title: string;
  /** Notifying Member (item 1) as the letter's language names it, article included ("the European Union"). */
  member: string;
  /** The country commenting, in the submission's language, e.g. `China`, `Chine`, `中国`. */
  country: string;
  mbNc: string;
  language: SubmissionLanguage;
  /** The enquiry point from item 11 (or the agency of item 2 when item 11 names none). */
  addressee: string;
  subject: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  sender: Sender;
  introduction: string;
  generalComments: SubmissionComment[];
  /** Ordered clause by clause. */
  specificComments: SubmissionComment[];
  requests: SubmissionRequests;
  /** Final date for comments (item 10), ISO, or null. */
  finalDateForComments: string | null;
  committees: CommitteeRef[];
}
