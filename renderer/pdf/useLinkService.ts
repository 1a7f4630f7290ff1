// Navigation inside the document (pdf.js's PDFLinkService): to a page, to an outline entry, to a
// highlight when the screen asks. Every scroll it makes is remembered as the reader's position.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pdfRectToViewRect } from '../../shared/anchoring/geometry';
import { PAGE_GAP, type PageSize } from './layout';
import type { OutlineTarget } from './Outline';
import type { PdfHighlight, PdfViewerProps } from './types';

export interface LinkServiceInput {
  doc: PDFDocumentProxy;
  documentSha256: string;
  scrollRef: RefObject<HTMLDivElement | null>;
  tops: readonly number[];
  sizes: readonly PageSize[];
  scale: number;
  rotation: number;
  /** Records a scroll position as the reader's (the viewer keeps it across layout changes). */
  rememberPosition: (top: number) => void;
  highlights: readonly PdfHighlight[];
  scrollTo: PdfViewerProps['scrollTo'];
}

export function useLinkService({ doc, documentSha256, scrollRef, tops, scale, rotation, rememberPosition, highlights, scrollTo }: LinkServiceInput) {
  const pageCount = doc.numPages;

  /** Scrolls on the user's behalf; the spot is remembered at once, so that a layout change arriving
   * before the scroll event (page sizes read in the background, a zoom) keeps it. */
  const scrollToY = useCallback(
    (y: number) => {
      const element = scrollRef.current;
      if (!element) return;
      element.scrollTop = Math.max(0, y);
      rememberPosition(element.scrollTop);
    },
    [scrollRef, rememberPosition],
  );

  const goToPage = useCallback(
    (pageIndex: number, offsetInPage = 0) => {
      const page = Math.max(0, Math.min(pageCount - 1, pageIndex));
      if (tops[page] === undefined) return;
      scrollToY(tops[page]! - PAGE_GAP / 2 + offsetInPage);
    },
    [pageCount, tops, scrollToY],
  );

  const goToOutlineTarget = useCallback(
    (target: OutlineTarget) => {
      void doc.getPage(target.pageIndex + 1).then((page) => {
        const viewport = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
        const y = target.pdfY !== null ? viewport.convertToViewportPoint(target.pdfX ?? 0, target.pdfY)[1]! : 0;
        goToPage(target.pageIndex, Math.max(0, y));
      });
    },
    [doc, scale, rotation, goToPage],
  );

  // Scroll to a highlight when asked. A request that comes before the page layout or the
  // highlight is known (e.g. right after opening the document) waits until both are.
  const pendingScroll = useRef<PdfViewerProps['scrollTo']>(null);
  useEffect(() => {
    if (scrollTo) pendingScroll.current = scrollTo;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollTo?.highlightId, scrollTo?.nonce]);
  useEffect(() => {
    const request = pendingScroll.current;
    if (!request || tops.length === 0) return;
    const target = highlights.find((h) => h.id === request.highlightId);
    if (!target || tops[target.anchor.pageIndex] === undefined) return;
    pendingScroll.current = null;
    const { pageIndex, rects } = target.anchor;
    void doc.getPage(pageIndex + 1).then((page) => {
      const viewport = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
      const first = rects.length > 0 && target.anchor.documentSha256 === documentSha256 ? pdfRectToViewRect(rects[0]!, viewport.transform) : null;
      const element = scrollRef.current;
      const top = tops[pageIndex];
      if (!element || top === undefined) return;
      scrollToY(first ? top + first.top - element.clientHeight / 3 : top - PAGE_GAP / 2);
      if (first) {
        // A zoomed-in or turned page can be wider than the view: bring the passage into view sideways too.
        const left = Math.max(PAGE_GAP, (element.scrollWidth - viewport.width) / 2) + first.left;
        if (left < element.scrollLeft || left + Math.min(first.width, element.clientWidth / 2) > element.scrollLeft + element.clientWidth) {
          element.scrollLeft = Math.max(0, left - element.clientWidth / 4);
        }
      }
    });
  }, [scrollTo?.highlightId, scrollTo?.nonce, tops, highlights, doc, scale, rotation, documentSha256, scrollRef, scrollToY]);

  return { scrollToY, goToPage, goToOutlineTarget };
}
