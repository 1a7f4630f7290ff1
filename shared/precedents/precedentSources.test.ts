import { describe, expect, it } from 'vitest';
import { generateNotifications } from '../search/testing/generateNotifications';
import { precedentSources } from './precedentSources';
import { generatePastComments } from './testing/generatePastComments';

describe('what a precedent shows of its fate', () => {
  const [notification] = generateNotifications({ count: 1, seed: 3 });
  const data = generatePastComments(6, 3);
  const comment = { ...data.comments[0]!, notificationId: notification!.id };

  it('an expert comment the committee accepted and sent carries the member’s reply', () => {
    const [expert, position] = precedentSources({
      notifications: [notification!],
      comments: [comment],
      positions: [{ notificationId: notification!.id, committee: { id: 'tc', code: 'SAC/TC 253', name: 'Toys' }, approved: true, approvedAt: '2025-02-01T00:00:00Z', locked: true, compiled: [{ ...comment, id: 'k1', sourceCommentIds: [comment.id], decision: 'accepted', observation: '', order: 0 }] }],
      sendingRecords: [{ notificationId: notification!.id, sentAt: '2025-02-03', channel: 'email', reply: { receivedAt: '2025-03-01', summary: 'Limit aligned with ISO 8124-1', attachment: null }, outcomes: { k1: 'taken' } }],
    });
    expect(expert).toMatchObject({ kind: 'comment', id: comment.id, outcome: { decision: 'accepted', sent: true, memberOutcome: 'taken', replySummary: 'Limit aligned with ISO 8124-1' } });
    expect(position).toMatchObject({ kind: 'position', id: 'k1', referenceStandard: comment.referenceStandard, outcome: { decision: 'accepted', sent: true } });
  });

  it('a rejected comment was not sent, whatever the submission says', () => {
    const [expert] = precedentSources({
      notifications: [notification!],
      comments: [comment],
      positions: [{ notificationId: notification!.id, committee: { id: 'tc', code: 'TC', name: 'T' }, approved: true, approvedAt: null, locked: true, compiled: [{ ...comment, id: 'k1', sourceCommentIds: [comment.id], decision: 'rejected', observation: '', order: 0 }] }],
      sendingRecords: [{ notificationId: notification!.id, sentAt: '2025-02-03', channel: 'email', reply: null, outcomes: {} }],
    });
    expect(expert!.outcome).toEqual({ decision: 'rejected', sent: false, memberOutcome: null, replySummary: null });
  });

  it('a comment on a notification not stored here is left out', () => {
    expect(precedentSources({ notifications: [], comments: [comment], positions: [], sendingRecords: [] })).toEqual([]);
  });
});
