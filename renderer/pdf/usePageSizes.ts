// Page sizes for the viewer's layout: every page takes page 1's size until its own is known; the
// others are read in the background once the first page is on screen, and any page drawn reports
// its own size at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PageSize } from './layout';

export function usePageSizes(doc: PDFDocumentProxy) {
  const pageCount = doc.numPages;
  const [baseSizes, setBaseSizes] = useState<PageSize[] | null>(null);
  const knownSizes = useRef<(PageSize | null)[]>([]);
  useEffect(() => {
    let cancelled = false;
    void doc.getPage(1).then((page) => {
      if (cancelled) return;
      const { width, height } = page.getViewport({ scale: 1 });
      knownSizes.current = Array.from({ length: pageCount }, (_, i) => (i === 0 ? { width, height } : null));
      setBaseSizes(Array.from({ length: pageCount }, () => ({ width, height })));
    });
    return () => {
      cancelled = true;
    };
  }, [doc, pageCount]);

  const onBaseSize = useCallback((pageIndex: number, size: PageSize) => {
    knownSizes.current[pageIndex] = size;
    setBaseSizes((sizes) => {
      const old = sizes?.[pageIndex];
      if (!sizes || !old || (Math.abs(old.width - size.width) < 0.5 && Math.abs(old.height - size.height) < 0.5)) return sizes;
      const next = sizes.slice();
      next[pageIndex] = size;
      return next;
    });
  }, []);

  // The other pages' sizes are read in the background once the first page is on screen.
  const [firstPainted, setFirstPainted] = useState(false);
  useEffect(() => {
    if (!firstPainted) return;
    let cancelled = false;
    void (async () => {
      let batch: Array<[number, PageSize]> = [];
      const flush = () => {
        const updates = batch;
        batch = [];
        setBaseSizes((sizes) => {
          if (!sizes) return sizes;
          const next = sizes.slice();
          let changed = false;
          for (const [i, s] of updates) {
            if (Math.abs(next[i]!.width - s.width) >= 0.5 || Math.abs(next[i]!.height - s.height) >= 0.5) {
              next[i] = s;
              changed = true;
            }
          }
          return changed ? next : sizes;
        });
      };
      for (let i = 0; i < pageCount && !cancelled; i++) {
        if (knownSizes.current[i]) continue;
        const page = await doc.getPage(i + 1).catch(() => null);
        if (!page || cancelled) continue;
        const { width, height } = page.getViewport({ scale: 1 });
        knownSizes.current[i] = { width, height };
        batch.push([i, { width, height }]);
        if (batch.length >= 32) flush();
      }
      if (!cancelled) flush();
    })();
    return () => {
      cancelled = true;
    };
  }, [firstPainted, doc, pageCount]);

  const onFirstPainted = useCallback(() => setFirstPainted(true), []);
  return { baseSizes, onBaseSize, onFirstPainted };
}
