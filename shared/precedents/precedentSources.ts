// The precedents a user may see, joined from what is synced to them: their own comments and
// colleagues' comments pulled for a secretary (experts' texts), and committee positions (compiled
// texts), each with its notification's codes and what became of it.
import type { Comment } from '../domain/comment';
import type { Notification } from '../domain/notification';
import type { CommitteePosition } from '../compile/types';
import type { SendingRecord } from '../compile/sending';
import type { PrecedentOutcome, PrecedentQuery, PrecedentSource } from './rankPrecedents';
import { standardKeys } from './standardRef';

export interface PrecedentData {
  notifications: readonly Notification[];
  comments: readonly Comment[];
  positions: readonly CommitteePosition[];
  sendingRecords: readonly SendingRecord[];
}

const NO_OUTCOME: PrecedentOutcome = { decision: null, sent: false, memberOutcome: null, replySummary: null };

export function precedentSources(data: PrecedentData): PrecedentSource[] {
  const notifications = new Map(data.notifications.map((n) => [n.id, n]));
  const records = new Map(data.sendingRecords.map((r) => [r.notificationId, r]));
  const outcomeOfCompiled = (notificationId: string, compiledId: string, decision: PrecedentOutcome['decision']): PrecedentOutcome => {
    const record = records.get(notificationId);
    const sent = !!record && (decision === 'accepted' || decision === 'modified');
    return { decision, sent, memberOutcome: sent ? (record.outcomes[compiledId] ?? null) : null, replySummary: sent ? (record.reply?.summary ?? null) : null };
  };
  // An expert's comment takes the outcome of the compiled comment it went into.
  const compiledFrom = new Map<string, PrecedentOutcome>();
  for (const position of data.positions) {
    for (const compiled of position.compiled) {
      const outcome = outcomeOfCompiled(position.notificationId, compiled.id, compiled.decision);
      for (const sourceId of compiled.sourceCommentIds) compiledFrom.set(sourceId, outcome);
    }
  }
  const sources: PrecedentSource[] = [];
  const base = (notificationId: string) => {
    const n = notifications.get(notificationId);
    if (!n) return null;
    return { notificationId, title: n.title, memberCode: n.memberCode, hsCodes: n.hsCodes.map((c) => c.code), icsCodes: n.icsCodes.map((c) => c.code) };
  };
  for (const comment of data.comments) {
    const n = base(comment.notificationId);
    if (!n || (!comment.commentZh.trim() && !comment.commentEn.trim())) continue;
    sources.push({
      ...n,
      id: comment.id,
      kind: 'comment',
      referenceStandard: comment.referenceStandard,
      referenceClause: comment.referenceClause,
      clause: comment.clause,
      commentZh: comment.commentZh,
      commentEn: comment.commentEn,
      proposedChangeZh: comment.proposedChangeZh,
      proposedChangeEn: comment.proposedChangeEn,
      anchor: comment.anchor,
      outcome: compiledFrom.get(comment.id) ?? NO_OUTCOME,
      writtenAt: comment.updatedAt,
    });
  }
  const commentsById = new Map(data.comments.map((c) => [c.id, c]));
  for (const position of data.positions) {
    const n = base(position.notificationId);
    if (!n) continue;
    for (const compiled of position.compiled) {
      const first = compiled.sourceCommentIds.map((id) => commentsById.get(id)).find((c) => c !== undefined);
      sources.push({
        ...n,
        id: compiled.id,
        kind: 'position',
        referenceStandard: first?.referenceStandard ?? '',
        referenceClause: first?.referenceClause ?? '',
        clause: compiled.clause,
        commentZh: compiled.commentZh,
        commentEn: compiled.commentEn,
        proposedChangeZh: compiled.proposedChangeZh,
        proposedChangeEn: compiled.proposedChangeEn,
        anchor: first?.anchor ?? null,
        outcome: outcomeOfCompiled(position.notificationId, compiled.id, compiled.decision),
        writtenAt: position.approvedAt ?? first?.updatedAt ?? '',
      });
    }
  }
  return sources;
}

/** The notification under review as a query; `draftStandard` is the comment being written's reference. */
export function precedentQuery(notification: Notification, draftStandard = ''): PrecedentQuery {
  return {
    notificationId: notification.id,
    title: notification.title,
    products: notification.products,
    memberCode: notification.memberCode,
    hsCodes: notification.hsCodes.map((c) => c.code),
    icsCodes: notification.icsCodes.map((c) => c.code),
    standards: standardKeys(`${notification.relevantDocuments} ${notification.description} ${draftStandard}`),
  };
}

/** The text a notification is compared by: its title and products. */
export function notificationText(notification: Pick<Notification, 'title' | 'products'> | undefined): string {
  return notification ? `${notification.title} ${notification.products}` : '';
}
