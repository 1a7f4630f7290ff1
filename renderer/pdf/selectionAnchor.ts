// Selection → anchor: the DOM selection over the text layers, turned into a TextAnchor with the
// rectangles of its first page and, when it runs onto the next page, of that page too.
import type { TextAnchor } from '../../shared/domain/comment';
import { buildTextAnchor, type SelectedText } from '../../shared/anchoring/anchor';
import { offsetsFromRange, rangeFromOffsets, textRects } from './textRanges';
import type { RenderedPage } from './PdfPage';

function pageIndexOf(node: Node): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const page = element?.closest<HTMLElement>('[data-page-index]');
  return page ? Number(page.dataset.pageIndex) : null;
}

/** The part of `range` on a rendered page, or null when none of its text is selected. */
function selectedText(page: RenderedPage, range: Range): SelectedText | null {
  const offsets = offsetsFromRange(page, range);
  const textRange = offsets && rangeFromOffsets(page, offsets);
  if (!offsets || !textRange) return null;
  return {
    pageText: page.pageText.text,
    range: offsets,
    viewRects: textRects(textRange, page.container, page.element.getBoundingClientRect()),
    transform: page.viewport.transform,
  };
}

export function anchorFromSelection(range: Range, rendered: ReadonlyMap<number, RenderedPage>, documentSha256: string): TextAnchor | null {
  const startPage = pageIndexOf(range.startContainer);
  const candidates = startPage !== null ? [startPage] : Array.from(rendered.keys()).sort((a, b) => a - b);
  for (const pageIndex of candidates) {
    const page = rendered.get(pageIndex);
    const first = page && selectedText(page, range);
    if (!first) continue;
    const next = rendered.get(pageIndex + 1);
    const endPage = pageIndexOf(range.endContainer);
    const nextPage = next && endPage !== null && endPage > pageIndex ? selectedText(next, range) : null;
    return buildTextAnchor({ documentSha256, pageIndex, ...first, ...(nextPage && { nextPage }) });
  }
  return null;
}
