// Comments in the order a reviewer reads them: general comments first, then the passages of the
// shown document by page and from the top of the page down, then comments on other documents.
import type { Comment } from '../../shared/domain/comment';

/** The top edge of the anchor's first rectangle, in PDF points from the page bottom. */
function top(comment: Comment): number {
  const rect = comment.anchor?.rects[0];
  return rect ? rect.y + rect.height : 0;
}

function group(comment: Comment, documentSha256: string | null): number {
  if (!comment.anchor) return 0;
  return comment.anchor.documentSha256 === documentSha256 ? 1 : 2;
}

export function documentOrder(comments: Comment[], documentSha256: string | null): Comment[] {
  return [...comments].sort((a, b) => {
    const byGroup = group(a, documentSha256) - group(b, documentSha256);
    if (byGroup !== 0) return byGroup;
    if (a.anchor && b.anchor) {
      if (a.anchor.documentSha256 !== b.anchor.documentSha256) return a.anchor.documentSha256 < b.anchor.documentSha256 ? -1 : 1;
      if (a.anchor.pageIndex !== b.anchor.pageIndex) return a.anchor.pageIndex - b.anchor.pageIndex;
      if (top(a) !== top(b)) return top(b) - top(a);
    }
    return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
  });
}
