// Between offsets in a page's text (shared/anchoring/pageText.ts) and DOM ranges in the page's
// text layer, whose spans carry `data-item`, the index of the text item they show.
import { locateOffset, type PageText } from '../../shared/anchoring/pageText';
import type { TextRange } from '../../shared/anchoring/quote';
import type { ViewRect } from '../../shared/anchoring/geometry';

export interface TextLayerInfo {
  pageText: PageText;
  /** The text layer's item spans in item order (a span for an empty item is not in the DOM). */
  textDivs: readonly HTMLElement[];
  container: HTMLElement;
}

function textNodeOf(div: HTMLElement | undefined): Text | null {
  if (!div?.isConnected) return null;
  const node = div.firstChild;
  return node instanceof Text ? node : null;
}

/** A DOM point for a text offset; offsets on line breaks or empty items move to real text. */
function domPoint(info: TextLayerInfo, offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  const located = locateOffset(info.pageText, offset);
  if (!located) return null;
  const count = info.textDivs.length;
  if (edge === 'start') {
    for (let item = located.item; item < count; item++) {
      const node = textNodeOf(info.textDivs[item]);
      if (!node) continue;
      const within = item === located.item ? located.offset : 0;
      if (within < node.length) return { node, offset: within };
    }
  } else {
    for (let item = located.item; item >= 0; item--) {
      const node = textNodeOf(info.textDivs[item]);
      if (!node) continue;
      const within = item === located.item ? Math.min(located.offset, node.length) : node.length;
      if (within > 0) return { node, offset: within };
    }
  }
  return null;
}

export function rangeFromOffsets(info: TextLayerInfo, range: TextRange): Range | null {
  const start = domPoint(info, range.start, 'start');
  const end = domPoint(info, range.end, 'end');
  if (!start || !end) return null;
  const dom = document.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  return dom.collapsed ? null : dom;
}

function itemOf(node: Node | null): number | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const span = element?.closest<HTMLElement>('[data-item]');
  return span ? Number(span.dataset.item) : null;
}

/** The text offset of a DOM boundary point inside (or at the edge of) a text layer. */
function textOffset(info: TextLayerInfo, node: Node, offset: number, edge: 'start' | 'end'): number {
  const { itemStarts, text } = info.pageText;
  if (node instanceof Text) {
    const item = itemOf(node);
    if (item !== null) return itemStarts[item]! + offset;
  }
  // A boundary between elements: find the nearest item span after (start) or before (end) it.
  const walker = document.createTreeWalker(info.container, NodeFilter.SHOW_TEXT);
  let last: number | null = null;
  const boundary = document.createRange();
  boundary.setStart(node, offset);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const item = itemOf(t);
    if (item === null) continue;
    const before = boundary.comparePoint(t, 0) < 0; // text node starts before the boundary
    if (!before) return edge === 'start' ? itemStarts[item]! : last ?? itemStarts[item]!;
    last = itemStarts[item]! + (t as Text).length;
  }
  return edge === 'start' ? text.length : last ?? text.length;
}

/** The part of a DOM selection range that lies in this page's text layer, as text offsets. */
export function offsetsFromRange(info: TextLayerInfo, range: Range): TextRange | null {
  const { container } = info;
  if (!range.intersectsNode(container)) return null;
  const startsInside = container.contains(range.startContainer);
  const endsInside = container.contains(range.endContainer);
  const start = startsInside ? textOffset(info, range.startContainer, range.startOffset, 'start') : 0;
  const end = endsInside ? textOffset(info, range.endContainer, range.endOffset, 'end') : info.pageText.text.length;
  return end > start ? { start, end } : null;
}

/** Client rectangles of the text a range covers, relative to `origin` (the page's box). */
export function textRects(range: Range, container: HTMLElement, origin: DOMRect): ViewRect[] {
  const rects: ViewRect[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(t)) continue;
    const part = document.createRange();
    part.selectNodeContents(t);
    if (t === range.startContainer) part.setStart(t, range.startOffset);
    if (t === range.endContainer) part.setEnd(t, range.endOffset);
    if (part.collapsed) continue;
    for (const r of part.getClientRects()) {
      if (r.width > 0 && r.height > 0) rects.push({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height });
    }
  }
  return rects;
}
