// One page: a placeholder of the page's size that, while it is mounted (near the view), draws the
// page on a canvas, lays the text layer over it for selection, and shows highlights and find
// matches. Canvases are released (width = height = 0) as soon as they are replaced or unmounted.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { PDFDocumentProxy, PageViewport, RenderTask, TextLayer } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';
import { pdfjsLib } from '../lib/pdfjs';
import type { PdfHighlight } from './types';
import type { PageSize } from './layout';
import type { TextStore } from './textStore';
import { rangeFromOffsets, textRects, type TextLayerInfo } from './textRanges';
import { addFindRanges } from './findHighlights';
import { pdfRectToViewRect, type ViewRect } from '../../shared/anchoring/geometry';
import { findQuote, type TextRange } from '../../shared/anchoring/quote';

/** Upper bound of canvas pixels per page (pdf.js' viewer uses 2^25 too). */
const MAX_CANVAS_PIXELS = 2 ** 25;

export interface RenderedPage extends TextLayerInfo {
  viewport: PageViewport;
  element: HTMLElement;
  /** The zoom and extra rotation this rendering was made for. */
  scale: number;
  rotation: number;
}

export interface PdfPageProps {
  doc: PDFDocumentProxy;
  store: TextStore;
  pageIndex: number;
  scale: number;
  rotation: number;
  size: PageSize;
  top: number;
  left: number;
  documentSha256: string;
  highlights: readonly PdfHighlight[];
  matches: readonly TextRange[];
  currentMatch: TextRange | null;
  matchNonce: number;
  onCanvasCount: (delta: number) => void;
  onRendered: (pageIndex: number, page: RenderedPage | null) => void;
  onBaseSize: (pageIndex: number, size: PageSize) => void;
  onReveal: (pageIndex: number, rect: ViewRect) => void;
  onHighlightClick?: (highlightId: string) => void;
}

export const PdfPage = memo(function PdfPage(props: PdfPageProps) {
  const { doc, store, pageIndex, scale, rotation, onCanvasCount, onRendered, onBaseSize } = props;
  const { t } = useTranslation('pdf');
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasHost = useRef<HTMLDivElement>(null);
  const textHost = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState<RenderedPage | null>(null);
  const [failed, setFailed] = useState(false);
  const live = useRef(new Set<HTMLCanvasElement>());

  const release = (canvas: HTMLCanvasElement | null | undefined) => {
    if (!canvas) return;
    if (live.current.delete(canvas)) onCanvasCount(-1);
    canvas.width = 0;
    canvas.height = 0;
    canvas.remove();
  };

  useEffect(() => {
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let textLayer: TextLayer | null = null;
    let pending: HTMLCanvasElement | null = null;
    (async () => {
      const page = await doc.getPage(pageIndex + 1);
      if (cancelled) return;
      const base = page.getViewport({ scale: 1 });
      onBaseSize(pageIndex, { width: base.width, height: base.height });
      const viewport = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
      const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      pending = canvas;
      live.current.add(canvas);
      onCanvasCount(1);
      renderTask = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await renderTask.promise;
      // (The refs are null once React has unmounted the page, which can precede this cleanup.)
      const host = canvasHost.current;
      if (cancelled || !host) return;
      // Swap only now, so that zooming shows the old (stretched) drawing instead of a blank page.
      for (const old of Array.from(host.querySelectorAll('canvas'))) release(old);
      host.append(canvas);
      pending = null;

      const { content, pageText } = await store.get(pageIndex);
      const container = textHost.current;
      if (cancelled || !container || !pageRef.current) return;
      container.replaceChildren();
      // pdf.js measures each span with a canvas whose language is the document's (/Lang, or none),
      // then stretches the span to the glyphs' width. A span that inherits the UI's language is
      // drawn with another font (under zh-CN, `sans-serif` is a CJK font) and misses the glyphs.
      container.lang = content.lang ?? '';
      textLayer = new pdfjsLib.TextLayer({ textContentSource: content, container, viewport });
      await textLayer.render();
      if (cancelled) return;
      const textDivs = textLayer.textDivs;
      textDivs.forEach((div, i) => (div.dataset.item = String(i)));
      const end = document.createElement('div');
      end.className = 'endOfContent';
      container.append(end);
      const info: RenderedPage = { viewport, pageText, textDivs, container, element: pageRef.current!, scale, rotation };
      setRendered(info);
      setFailed(false);
      onRendered(pageIndex, info);
    })().catch((error: unknown) => {
      if (!cancelled && (error as { name?: string })?.name !== 'RenderingCancelledException' && (error as { name?: string })?.name !== 'AbortException') {
        console.error(error);
        setFailed(true);
      }
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
      release(pending);
    };
    // release only touches refs and the stable onCanvasCount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, store, pageIndex, scale, rotation, onBaseSize, onRendered, onCanvasCount]);

  useEffect(
    () => () => {
      for (const canvas of Array.from(live.current)) release(canvas);
      onRendered(pageIndex, null);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  // Highlights: from their PDF rectangles, or, when those cannot be used (none, or made on other
  // bytes), found again by their quote in this page's text.
  const current = rendered && rendered.scale === scale && rendered.rotation === rotation ? rendered : null;
  const [textHighlightRects, setTextHighlightRects] = useState<Map<string, ViewRect[]>>(new Map());
  useLayoutEffect(() => {
    if (!current) return;
    const next = new Map<string, ViewRect[]>();
    const origin = current.element.getBoundingClientRect();
    for (const h of props.highlights) {
      if (h.anchor.rects.length > 0 && h.anchor.documentSha256 === props.documentSha256) continue;
      const found = findQuote(current.pageText.text, h.anchor);
      const range = found && rangeFromOffsets(current, found);
      if (range) next.set(h.id, textRects(range, current.container, origin));
    }
    setTextHighlightRects(next);
  }, [current, props.highlights, props.documentSha256]);

  const highlightBoxes = useMemo(() => {
    if (!current) return [];
    return props.highlights.flatMap((h) => {
      const rects =
        h.anchor.rects.length > 0 && h.anchor.documentSha256 === props.documentSha256
          ? h.anchor.rects.map((r) => pdfRectToViewRect(r, current.viewport.transform))
          : textHighlightRects.get(h.id) ?? [];
      return rects.map((rect, i) => ({ key: `${h.id}:${i}`, id: h.id, active: !!h.active, rect }));
    });
  }, [current, props.highlights, props.documentSha256, textHighlightRects]);

  // Find matches on this page; scroll the current one into view when the user moves to it.
  const { matches, currentMatch, matchNonce, onReveal } = props;
  useEffect(() => {
    if (!current || matches.length === 0) return;
    const ranges = matches.map((m) => rangeFromOffsets(current, m)).filter((r): r is Range => r !== null);
    const selected = currentMatch ? rangeFromOffsets(current, currentMatch) : null;
    if (selected) {
      const [first] = textRects(selected, current.container, current.element.getBoundingClientRect());
      if (first) onReveal(pageIndex, first);
    }
    return addFindRanges(ranges, selected);
  }, [current, matches, currentMatch, matchNonce, onReveal, pageIndex]);

  const onClick = (event: React.MouseEvent) => {
    if (!props.onHighlightClick || !pageRef.current) return;
    if (!(window.getSelection()?.isCollapsed ?? true)) return;
    const origin = pageRef.current.getBoundingClientRect();
    const x = event.clientX - origin.left;
    const y = event.clientY - origin.top;
    const hit = highlightBoxes.find(({ rect }) => x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height);
    if (hit) props.onHighlightClick(hit.id);
  };

  const style = {
    top: props.top,
    left: props.left,
    width: props.size.width,
    height: props.size.height,
    '--scale-factor': scale,
    '--total-scale-factor': scale,
  } as CSSProperties;

  return (
    <div
      ref={pageRef}
      className="pdf-page"
      style={style}
      data-page-index={pageIndex}
      data-testid={`pdf-page-${pageIndex + 1}`}
      aria-label={t('page', { number: pageIndex + 1 })}
      role="region"
      onClick={onClick}
    >
      <div ref={canvasHost} className="pdf-canvas" />
      <div className="pdf-highlights" aria-hidden="true">
        {highlightBoxes.map((b) => (
          <div
            key={b.key}
            className={b.active ? 'pdf-highlight active' : 'pdf-highlight'}
            data-highlight-id={b.id}
            style={{ left: b.rect.left, top: b.rect.top, width: b.rect.width, height: b.rect.height }}
          />
        ))}
      </div>
      <div
        ref={textHost}
        className="textLayer pdf-text-layer"
        onPointerDown={() => textHost.current?.classList.add('selecting')}
        onPointerUp={() => textHost.current?.classList.remove('selecting')}
      />
      {failed && <div className="pdf-page-error error-box">{t('error.page', { number: pageIndex + 1 })}</div>}
    </div>
  );
});
