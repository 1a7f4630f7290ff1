// Building a TextAnchor from what the viewer knows about a selection, and finding its text again.
import type { PdfRect, TextAnchor } from '../domain/comment';
import { mergeLineRects, viewRectToPdfRect, type Transform, type ViewRect } from './geometry';
import { findQuote, quoteSelector, type QuoteSelector, type TextRange } from './quote';
import { readableText } from './normalize';

/** The selected text on one page. */
export interface SelectedText {
  /** The page's text (see pageText.ts) and the selected range within it. */
  pageText: string;
  range: TextRange;
  /** The selection's rectangles in viewport pixels relative to the page's top-left corner. */
  viewRects: readonly ViewRect[];
  /** The viewport transform the rectangles were measured with. */
  transform: Transform;
}

export interface SelectionOnPage extends SelectedText {
  documentSha256: string;
  pageIndex: number;
  /** The part on the next page, when the selection runs onto it (from that page's start). */
  nextPage?: SelectedText;
}

const round = (n: number) => Math.round(n * 100) / 100;

function pdfRects(part: SelectedText): PdfRect[] {
  return mergeLineRects(part.viewRects).map((r) => {
    const pdf = viewRectToPdfRect(r, part.transform);
    return { x: round(pdf.x), y: round(pdf.y), width: round(pdf.width), height: round(pdf.height) };
  });
}

function readableSelector({ quote, prefix, suffix }: QuoteSelector): QuoteSelector {
  return { quote: readableText(quote), prefix: readableText(prefix), suffix: readableText(suffix) };
}

/**
 * An anchor with rectangles per page, as Zotero keeps them (`rects` on `pageIndex`, `nextPageRects`
 * on the page after it), and one quote from where the selection starts to where it ends.
 */
export function buildTextAnchor(selection: SelectionOnPage): TextAnchor {
  const first = quoteSelector(selection.pageText, selection.range);
  const next = selection.nextPage && quoteSelector(selection.nextPage.pageText, selection.nextPage.range);
  const selector = next ? { prefix: first.prefix, quote: `${first.quote.replace(/\n$/, '')}\n${next.quote}`, suffix: next.suffix } : first;
  return {
    documentSha256: selection.documentSha256,
    pageIndex: selection.pageIndex,
    rects: pdfRects(selection),
    ...(selection.nextPage && { nextPageRects: pdfRects(selection.nextPage) }),
    ...readableSelector(selector),
  };
}

/** Where the anchor's quote is in this page's text, or null when the words are not there. */
export function reanchorInText(anchor: Pick<TextAnchor, 'quote' | 'prefix' | 'suffix'>, pageText: string): TextRange | null {
  return findQuote(pageText, anchor);
}
