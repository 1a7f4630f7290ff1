// After sending: when and how the submission went out, the reply received, and per comment whether
// the notifying member took it into account. The notification's status follows from this record.

export const SEND_CHANNELS = ['email', 'eping', 'enquiry_point_portal', 'post', 'other'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

export const OUTCOMES = ['taken', 'partly', 'not_taken'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ReplyAttachment {
  fileName: string;
  sha256: string;
}

export interface Reply {
  /** ISO yyyy-mm-dd. */
  receivedAt: string;
  summary: string;
  attachment: ReplyAttachment | null;
}

export interface SendingRecord {
  notificationId: string;
  /** ISO yyyy-mm-dd. */
  sentAt: string;
  channel: SendChannel;
  reply: Reply | null;
  /** Keyed by compiled comment id. */
  outcomes: Record<string, Outcome>;
}

export type SubmissionStatus = 'not_sent' | 'sent' | 'reply_received' | 'closed';

/** Closed once a reply is in and every sent comment has an outcome. */
export function submissionStatus(record: SendingRecord | null, sentCommentIds: readonly string[]): SubmissionStatus {
  if (!record) return 'not_sent';
  if (!record.reply) return 'sent';
  return sentCommentIds.every((id) => record.outcomes[id] !== undefined) ? 'closed' : 'reply_received';
}

export function recordOutcome(record: SendingRecord, compiledId: string, outcome: Outcome): SendingRecord {
  return { ...record, outcomes: { ...record.outcomes, [compiledId]: outcome } };
}
