import { describe, expect, it } from 'vitest';
import { buildTextAnchor } from './anchor';
import { textAnchorSchema } from '../schemas/comment';

const transform = [1, 0, 0, -1, 0, 800];
const rect = { left: 10, top: 20, width: 100, height: 12 };

describe('an anchor for a selection that runs onto the next page', () => {
  const anchor = buildTextAnchor({
    documentSha256: 'a'.repeat(64),
    pageIndex: 3,
    pageText: 'Intro line.\nThe passage starts here and',
    range: { start: 12, end: 39 },
    viewRects: [rect],
    transform,
    nextPage: { pageText: 'ends on the next page. Then more.', range: { start: 0, end: 22 }, viewRects: [rect], transform },
  });

  it('keeps rectangles per page and one quote from start to end of the selection', () => {
    expect(anchor.pageIndex).toBe(3);
    expect(anchor.rects).toHaveLength(1);
    expect(anchor.nextPageRects).toHaveLength(1);
    expect(anchor.quote).toBe('The passage starts here and\nends on the next page.');
    expect(anchor.prefix).toBe('Intro line.\n');
    expect(anchor.suffix).toBe(' Then more.');
  });

  it('survives the comment schema (the sync server keeps nextPageRects)', () => {
    expect(textAnchorSchema.parse(anchor)).toEqual(anchor);
  });
});
