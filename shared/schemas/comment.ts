// Zod schemas for a reviewer's comment, shared by the renderer and the sync server.
// `commentSchema` checks a stored comment's shape; `finishedCommentSchema` adds the rules a comment
// must meet before it may be marked finished. Rule violations carry a stable code in `message`
// (see COMMENT_ISSUE_CODES) that each client maps to its own translated text.
import { z } from 'zod';
import { idText, longText, shortText, text } from './text';
import { COMMENT_STATUSES, COMMENT_TYPES, TBT_CONCERNS, type Comment } from '../domain/comment';

export const pdfRectSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
});

export const textAnchorSchema = z.object({
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageIndex: z.number().int().nonnegative().max(1_000_000),
  rects: z.array(pdfRectSchema).min(1).max(1000),
  nextPageRects: z.array(pdfRectSchema).min(1).max(1000).optional(),
  quote: longText,
  prefix: shortText,
  suffix: shortText,
});

export const commentSchema = z.object({
  id: idText,
  notificationId: idText,
  anchor: textAnchorSchema.nullable(),
  clause: shortText,
  paragraph: shortText,
  line: shortText,
  type: z.enum(COMMENT_TYPES),
  concerns: z.array(z.enum(TBT_CONCERNS)).max(TBT_CONCERNS.length),
  commentZh: longText,
  commentEn: longText,
  proposedChangeZh: longText,
  proposedChangeEn: longText,
  referenceStandard: shortText,
  referenceClause: shortText,
  status: z.enum(COMMENT_STATUSES),
  precedent: z.object({ kind: z.enum(['comment', 'position']), id: idText, notificationId: idText }).nullable().optional(),
  createdAt: text(100, 1),
  updatedAt: text(100, 1),
}) satisfies z.ZodType<Comment>;

/** Why a comment may not be marked finished. */
export const COMMENT_ISSUE_CODES = ['type_required', 'concern_required', 'comment_text_required', 'clause_required'] as const;
export type CommentIssueCode = (typeof COMMENT_ISSUE_CODES)[number];

/** The field a finishing rule is shown next to. */
export type CommentIssueField = 'type' | 'concerns' | 'commentZh' | 'clause';

export interface CommentIssue {
  field: CommentIssueField;
  code: CommentIssueCode;
}

const blank = (value: string) => value.trim() === '';

/** A comment that may be finished: typed, with a concern, text in at least one language, and a clause unless general. */
export const finishedCommentSchema = commentSchema.superRefine((comment, ctx) => {
  const fail = (field: CommentIssueField, code: CommentIssueCode) => ctx.addIssue({ code: 'custom', path: [field], message: code });
  if (!(COMMENT_TYPES as readonly string[]).includes(comment.type)) fail('type', 'type_required');
  if (comment.concerns.length === 0) fail('concerns', 'concern_required');
  if (blank(comment.commentZh) && blank(comment.commentEn)) fail('commentZh', 'comment_text_required');
  // A general comment (type `ge`, or one anchored to no passage) need not name a clause.
  const general = comment.type === 'ge' || comment.anchor === null;
  if (!general && blank(comment.clause)) fail('clause', 'clause_required');
});

function isIssueCode(value: string): value is CommentIssueCode {
  return (COMMENT_ISSUE_CODES as readonly string[]).includes(value);
}

/**
 * What stops this comment from being finished; empty when it may be. Shape errors (a stored
 * record that is not a comment at all) are reported as the field's nearest rule so that a client
 * always has something to show.
 */
export function finishIssues(comment: Comment): CommentIssue[] {
  const result = finishedCommentSchema.safeParse(comment);
  if (result.success) return [];
  const issues: CommentIssue[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (issue.code === 'custom' && isIssueCode(issue.message)) {
      issues.push({ field: field as CommentIssueField, code: issue.message });
    } else if (field === 'type') {
      issues.push({ field: 'type', code: 'type_required' });
    } else if (field === 'concerns') {
      issues.push({ field: 'concerns', code: 'concern_required' });
    }
  }
  return issues;
}
