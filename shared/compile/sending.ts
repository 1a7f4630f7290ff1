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

/** Where a notification stands for the desk officer: an approved position waiting to be sent, then the sending record's status. */
export type SubmissionStage = 'none' | 'ready_to_send' | Exclude<SubmissionStatus, 'not_sent'>;
export const SUBMISSION_STAGES = ['ready_to_send', 'sent', 'reply_received', 'closed'] as const satisfies readonly SubmissionStage[];

interface StagePosition {
  notificationId: string;
  approved: boolean;
  compiled: readonly { id: string; decision: string }[];
}

/** The compiled comments an approved position sends: those accepted or accepted as modified. */
export function sentCommentIds(position: StagePosition): string[] {
  return position.approved ? position.compiled.filter((c) => c.decision === 'accepted' || c.decision === 'modified').map((c) => c.id) : [];
}

/** The stage of every notification that has an approved position or a sending record. */
export function submissionStages(positions: readonly StagePosition[], records: readonly SendingRecord[]): Map<string, SubmissionStage> {
  const sent = new Map<string, string[]>();
  for (const position of positions) {
    const ids = sentCommentIds(position);
    if (ids.length) sent.set(position.notificationId, [...(sent.get(position.notificationId) ?? []), ...ids]);
  }
  const stages = new Map<string, SubmissionStage>();
  for (const id of sent.keys()) stages.set(id, 'ready_to_send');
  for (const record of records) {
    const status = submissionStatus(record, sent.get(record.notificationId) ?? []);
    if (status !== 'not_sent') stages.set(record.notificationId, status);
  }
  return stages;
}
