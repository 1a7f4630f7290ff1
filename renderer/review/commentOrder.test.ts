import { describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/domain/comment';
import { documentOrder } from './commentOrder';
import { newDraftComment } from './newComment';

const DOC = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

function at(id: string, sha: string | null, pageIndex = 0, y = 0, createdAt = '2025-01-01'): Comment {
  const anchor = sha ? { documentSha256: sha, pageIndex, rects: [{ x: 50, y, width: 100, height: 10 }], quote: id, prefix: '', suffix: '' } : null;
  return { ...newDraftComment('N', anchor), id, createdAt };
}

describe('comments in document order', () => {
  it('puts general comments first, then passages by page and from the top down, then other documents', () => {
    const comments = [
      at('p2-low', DOC, 1, 100),
      at('other-doc', OTHER, 0, 700),
      at('p1-low', DOC, 0, 120),
      at('general', null),
      at('p1-top', DOC, 0, 700),
    ];
    expect(documentOrder(comments, DOC).map((c) => c.id)).toEqual(['general', 'p1-top', 'p1-low', 'p2-low', 'other-doc']);
  });

  it('keeps comments on the same spot in the order they were written', () => {
    const comments = [at('second', DOC, 0, 300, '2025-02-01'), at('first', DOC, 0, 300, '2025-01-01')];
    expect(documentOrder(comments, DOC).map((c) => c.id)).toEqual(['first', 'second']);
  });
});
