import type { Comment, TextAnchor } from '../../shared/domain/comment';
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
