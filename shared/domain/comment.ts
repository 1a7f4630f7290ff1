// A reviewer's comment, structured after the ISO/IEC commenting template plus the TBT concern.

export const COMMENT_TYPES = ['ge', 'te', 'ed'] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];

/** What the concern is, in the Agreement's terms (domain.md, "What a comment holds"). */
export const TBT_CONCERNS = [
  'not_international_standard', // Art. 2.4
  'more_trade_restrictive', // Art. 2.2
  'conformity_assessment', // Art. 5, 6
  'transition_period', // Art. 2.12
  'clarification', // request for clarification or full text
  'labelling_marking',
  'extend_comment_period',
  'other',
] as const;
export type TbtConcern = (typeof TBT_CONCERNS)[number];

export const COMMENT_STATUSES = ['draft', 'finished'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A rectangle in PDF user-space points, origin at the page's bottom-left, unrotated page. */
export interface PdfRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a comment sits in a notified document: geometry (Zotero) plus a text quote selector
 * (Hypothesis), tied to the document bytes by their sha256. The quote runs from where the
 * selection starts to where it ends, across a page break too.
 */
export interface TextAnchor {
  documentSha256: string;
  pageIndex: number;
  rects: PdfRect[];
  /** Rectangles on page `pageIndex + 1` when the passage runs onto it (Zotero's model). */
  nextPageRects?: PdfRect[];
  quote: string;
  prefix: string;
  suffix: string;
}

/** The earlier comment (an expert's) or compiled comment (a committee's) a comment was started from. */
export interface PrecedentLink {
  kind: 'comment' | 'position';
  id: string;
  notificationId: string;
}

export interface Comment {
  id: string;
  notificationId: string;
  /** Null for a general comment that targets no passage. */
  anchor: TextAnchor | null;
  clause: string;
  paragraph: string;
  line: string;
  type: CommentType;
  concerns: TbtConcern[];
  /** The comment and proposed change in Chinese (original) and English. */
  commentZh: string;
  commentEn: string;
  proposedChangeZh: string;
  proposedChangeEn: string;
  referenceStandard: string;
  referenceClause: string;
  status: CommentStatus;
  /** Set when the comment was started from a precedent; absent otherwise (and in older records). */
  precedent?: PrecedentLink | null;
  createdAt: string;
  updatedAt: string;
}
