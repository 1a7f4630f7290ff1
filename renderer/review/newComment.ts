import type { Comment, TextAnchor } from '../../shared/domain/comment';
import type { PrecedentSource } from '../../shared/precedents';
import { newId } from '../../shared/util/sha256';

/** A fresh draft: anchored comments start as technical, comments with no passage as general. */
export function newDraftComment(notificationId: string, anchor: TextAnchor | null, now = new Date()): Comment {
  const at = now.toISOString();
  return {
    id: newId(),
    notificationId,
    anchor,
    clause: '',
    paragraph: '',
    line: '',
    type: anchor ? 'te' : 'ge',
    concerns: [],
    commentZh: '',
    commentEn: '',
    proposedChangeZh: '',
    proposedChangeEn: '',
    referenceStandard: '',
    referenceClause: '',
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };
}

/** A draft started from a precedent: its texts and reference as a starting point, linked to its source. */
export function draftFromPrecedent(notificationId: string, precedent: PrecedentSource, now = new Date()): Comment {
  return {
    ...newDraftComment(notificationId, null, now),
    type: 'te',
    clause: precedent.clause,
    commentZh: precedent.commentZh,
    commentEn: precedent.commentEn,
    proposedChangeZh: precedent.proposedChangeZh,
    proposedChangeEn: precedent.proposedChangeEn,
    referenceStandard: precedent.referenceStandard,
    referenceClause: precedent.referenceClause,
    precedent: { kind: precedent.kind, id: precedent.id, notificationId: precedent.notificationId },
  };
}
