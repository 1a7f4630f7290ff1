// Building a TextAnchor from what the viewer knows about a selection, and finding its text again.
import type { TextAnchor } from '../domain/comment';
import { mergeLineRects, viewRectToPdfRect, type Transform, type ViewRect } from './geometry';
import { findQuote, quoteSelector, type QuoteSelector, type TextRange } from './quote';
import { readableText } from './normalize';

export interface SelectionOnPage {
  documentSha256: string;
  pageIndex: number;
  /** The page's text (see pageText.ts) and the selected range within it. */
  pageText: string;
  range: TextRange;
  /** The selection's rectangles in viewport pixels relative to the page's top-left corner. */
  viewRects: readonly ViewRect[];
  /** The viewport transform the rectangles were measured with. */
  transform: Transform;
}

const round = (n: number) => Math.round(n * 100) / 100;

function readableSelector({ quote, prefix, suffix }: QuoteSelector): QuoteSelector {
  return { quote: readableText(quote), prefix: readableText(prefix), suffix: readableText(suffix) };
}

export function buildTextAnchor(selection: SelectionOnPage): TextAnchor {
  const rects = mergeLineRects(selection.viewRects).map((r) => {
    const pdf = viewRectToPdfRect(r, selection.transform);
    return { x: round(pdf.x), y: round(pdf.y), width: round(pdf.width), height: round(pdf.height) };
  });
  return {
    documentSha256: selection.documentSha256,
    pageIndex: selection.pageIndex,
    rects,
    ...readableSelector(quoteSelector(selection.pageText, selection.range)),
  };
}

/** Where the anchor's quote is in this page's text, or null when the words are not there. */
export function reanchorInText(anchor: Pick<TextAnchor, 'quote' | 'prefix' | 'suffix'>, pageText: string): TextRange | null {
  return findQuote(pageText, anchor);
}
