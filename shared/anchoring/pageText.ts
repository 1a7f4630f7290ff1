// The text of one page as the viewer and the anchoring code both see it: pdf.js text items
// joined in order, with a line break after items that end a line. The text layer renders one
// element per item, so an offset inside item i is itemStarts[i] + offset.

export interface TextItemLike {
  str: string;
  hasEOL?: boolean;
}

export interface PageText {
  text: string;
  /** Offset in `text` at which each item's string starts. */
  itemStarts: number[];
}

export function buildPageText(items: readonly TextItemLike[]): PageText {
  let text = '';
  const itemStarts: number[] = [];
  for (const item of items) {
    itemStarts.push(text.length);
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return { text, itemStarts };
}

/** The item that holds `offset`, and the offset within that item's string. */
export function locateOffset(page: PageText, offset: number): { item: number; offset: number } | null {
  const { itemStarts } = page;
  if (itemStarts.length === 0) return null;
  let low = 0;
  let high = itemStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (itemStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { item: low, offset: offset - itemStarts[low]! };
}
