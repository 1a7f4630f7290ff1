import { describe, expect, it } from 'vitest';
import { displayedSizes, livePages, MAX_LIVE_PAGES, pageTops, PAGE_GAP } from './layout';

describe('page layout and virtualisation', () => {
  const base = Array.from({ length: 352 }, () => ({ width: 400, height: 600 }));

  it('sizes placeholders from each page, zoomed and turned', () => {
    const sizes = displayedSizes([{ width: 400, height: 600 }, { width: 600, height: 400 }], 1.5, 90);
    expect(sizes).toEqual([
      { width: 900, height: 600 },
      { width: 600, height: 900 },
    ]);
    const { tops, total } = pageTops(sizes);
    expect(tops).toEqual([PAGE_GAP, PAGE_GAP * 2 + 600]);
    expect(total).toBe(PAGE_GAP * 3 + 1500);
  });

  it('renders only the pages in view and their neighbours', () => {
    const sizes = displayedSizes(base, 1, 0);
    const { tops } = pageTops(sizes);
    expect(livePages(tops, sizes, 0, 900)).toEqual({ first: 0, last: 2 });
    const y = tops[200]! + 10;
    expect(livePages(tops, sizes, y, 900)).toEqual({ first: 199, last: 202 });
    expect(livePages(tops, sizes, tops[351]!, 900)).toEqual({ first: 350, last: 351 });
  });

  it('never keeps more than the maximum of pages alive, however far out one zooms', () => {
    const sizes = displayedSizes(base, 0.1, 0);
    const { tops } = pageTops(sizes);
    const { first, last } = livePages(tops, sizes, tops[100]!, 2000);
    expect(first).toBe(99);
    expect(last - first + 1).toBe(MAX_LIVE_PAGES);
  });
});
