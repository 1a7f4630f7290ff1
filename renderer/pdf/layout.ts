// Where each page sits in the scrolling column, and which pages are near enough to be rendered.

/** 'auto' zoom fits the page width but never beyond this scale. */
export const AUTO_MAX_SCALE = 1.5;

export interface PageSize {
  width: number;
  height: number;
}

export const PAGE_GAP = 12;
/** pdf.js' own viewer keeps at most 10 rendered pages; so do we. */
export const MAX_LIVE_PAGES = 10;

/** Page sizes as shown: base sizes (scale 1, the page's own /Rotate) zoomed and turned. */
export function displayedSizes(base: readonly PageSize[], scale: number, rotation: number): PageSize[] {
  const swap = rotation % 180 !== 0;
  return base.map((s) => ({
    width: Math.floor((swap ? s.height : s.width) * scale),
    height: Math.floor((swap ? s.width : s.height) * scale),
  }));
}

/** Top offset of every page, and the total height, with a gap above, between and below pages. */
export function pageTops(sizes: readonly PageSize[]): { tops: number[]; total: number } {
  const tops: number[] = [];
  let y = PAGE_GAP;
  for (const size of sizes) {
    tops.push(y);
    y += size.height + PAGE_GAP;
  }
  return { tops, total: y };
}

/** Index of the last page whose top is at or above `y` (0 when none). */
export function pageAt(tops: readonly number[], y: number): number {
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (tops[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * The pages to render: those in view plus one on each side for smooth scrolling, never more
 * than MAX_LIVE_PAGES (when zoomed far out, the ones nearest the top of the view win).
 */
export function livePages(tops: readonly number[], sizes: readonly PageSize[], scrollTop: number, viewHeight: number): { first: number; last: number } {
  if (tops.length === 0) return { first: 0, last: -1 };
  const firstVisible = pageAt(tops, scrollTop);
  const visibleFirst = tops[firstVisible]! + sizes[firstVisible]!.height < scrollTop ? Math.min(firstVisible + 1, tops.length - 1) : firstVisible;
  const lastVisible = pageAt(tops, scrollTop + viewHeight);
  const first = Math.max(0, visibleFirst - 1);
  const last = Math.min(tops.length - 1, lastVisible + 1, first + MAX_LIVE_PAGES - 1);
  return { first, last };
}

/** The page the reader is on: the one that covers the upper third of the view. */
export function currentPage(tops: readonly number[], scrollTop: number, viewHeight: number): number {
  return pageAt(tops, scrollTop + viewHeight / 3);
}
