import { describe, expect, it } from 'vitest';
import type { Comment } from '../domain/comment';
import { commentSchema, finishIssues } from './comment';

const anchor = {
  documentSha256: 'a'.repeat(64),
  pageIndex: 2,
  rects: [{ x: 72, y: 600, width: 200, height: 12 }],
  quote: 'toys shall be tested',
  prefix: 'All ',
  suffix: ' before',
};

function comment(overrides: Partial<Comment> = {}): Comment {
  return {
    id: 'c1',
    notificationId: 'G/TBT/N/EU/1',
    anchor,
    clause: '',
    paragraph: '',
    line: '',
    type: 'te',
    concerns: [],
    commentZh: '',
    commentEn: '',
    proposedChangeZh: '',
    proposedChangeEn: '',
    referenceStandard: '',
    referenceClause: '',
    status: 'draft',
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('comment schema', () => {
  it('accepts a stored draft and rejects a record with an unknown concern', () => {
    expect(commentSchema.safeParse(comment()).success).toBe(true);
    expect(commentSchema.safeParse({ ...comment(), concerns: ['bogus'] }).success).toBe(false);
    expect(commentSchema.safeParse({ ...comment(), anchor: { ...anchor, rects: [] } }).success).toBe(false);
  });

  it('an empty anchored comment cannot be finished: concern, text and clause are each reported', () => {
    expect(finishIssues(comment())).toEqual([
      { field: 'concerns', code: 'concern_required' },
      { field: 'commentZh', code: 'comment_text_required' },
      { field: 'clause', code: 'clause_required' },
    ]);
  });

  it('a comment with text in one language only, a concern and a clause may be finished', () => {
    expect(finishIssues(comment({ concerns: ['more_trade_restrictive'], commentEn: 'Too strict.', clause: '4.2' }))).toEqual([]);
    expect(finishIssues(comment({ concerns: ['other'], commentZh: '要求过严。', clause: '4.2' }))).toEqual([]);
  });

  it('whitespace is not a comment text or a clause', () => {
    const issues = finishIssues(comment({ concerns: ['other'], commentEn: '  \n', clause: ' ' }));
    expect(issues.map((i) => i.code)).toEqual(['comment_text_required', 'clause_required']);
  });

  it('a general comment needs no clause', () => {
    expect(finishIssues(comment({ anchor: null, type: 'ge', concerns: ['clarification'], commentEn: 'Please send the full text.' }))).toEqual([]);
  });

  it('a comment without a valid type is reported as missing its type', () => {
    const untyped = { ...comment({ concerns: ['other'], commentEn: 'x', clause: '1' }), type: '' } as unknown as Comment;
    expect(finishIssues(untyped)).toEqual([{ field: 'type', code: 'type_required' }]);
  });
});
