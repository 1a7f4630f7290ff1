// The PDF viewer used wherever the app shows a PDF, in pdf.js's own pieces: this file is the viewer
// (opening, zoom, scrolling, which pages are live; sizes from usePageSizes.ts); useLinkService.ts navigates,
// useFindController.ts finds, Toolbar.tsx only sends events, and selectionAnchor.ts with
// useCommentButton.ts turn a selection into a comment's anchor. PdfPage.tsx draws one page.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';
import type { PdfViewerProps } from './types';
import { usePdfDocument } from './usePdfDocument';
import { PasswordPrompt } from './PasswordPrompt';
import { Outline } from './Outline';
import { PdfPage, type RenderedPage } from './PdfPage';
import { TextStore } from './textStore';
import { useFindController } from './useFindController';
import { useLinkService } from './useLinkService';
import { Toolbar } from './Toolbar';
import { AUTO_MAX_SCALE, currentPage, displayedSizes, livePages, pageAt, pageTops, PAGE_GAP } from './layout';
import { anchorFromSelection } from './selectionAnchor';
import { useCommentButton } from './useCommentButton';
import { usePageSizes } from './usePageSizes';
import type { TextRange } from '../../shared/anchoring/quote';
import './pdf.css';

export function PdfViewer(props: PdfViewerProps) {
  const { t } = useTranslation('pdf');
  const { state, submitPassword } = usePdfDocument(props.source.bytes, props.source.sha256);
  return (
    <section
      className="pdf-viewer"
      aria-label={props.label ?? t('viewerLabel')}
      data-testid="pdf-viewer"
      data-state={state.kind}
      data-file-name={props.source.fileName}
    >
      {state.kind === 'loading' && <p className="pdf-status">{t('loading')}</p>}
      {state.kind === 'password' && <PasswordPrompt fileName={props.source.fileName} wrong={state.wrong} onSubmit={submitPassword} />}
      {state.kind === 'error' && (
        <p className="pdf-status error-box" role="alert" data-testid="pdf-error" data-reason={state.reason}>
          {t(`error.${state.reason}`, { fileName: props.source.fileName, detail: state.detail })}
        </p>
      )}
      {state.kind === 'ready' && <DocumentView key={state.loadId} doc={state.doc} {...props} />}
    </section>
  );
}

const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];
/** 'auto' fits the width but never beyond AUTO_MAX_SCALE (as pdf.js' viewer does); 'fit' always fits. */
type Zoom = { mode: 'auto' } | { mode: 'fit' } | { mode: 'fixed'; scale: number };

function DocumentView({ doc, source, highlights = [], onCommentOnSelection, onHighlightClick, onPageCount, scrollTo }: PdfViewerProps & { doc: PDFDocumentProxy }) {
  const { t } = useTranslation('pdf');
  const pageCount = doc.numPages;
  useEffect(() => onPageCount?.(pageCount), [onPageCount, pageCount]);
  const store = useMemo(() => new TextStore(doc), [doc]);
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const findInputRef = useRef<HTMLInputElement>(null);

  const { baseSizes, onBaseSize, onFirstPainted } = usePageSizes(doc);

  // Zoom, rotation and the scroll position.
  const [zoom, setZoom] = useState<Zoom>({ mode: 'auto' });
  const [rotation, setRotation] = useState(0);
  const [view, setView] = useState({ top: 0, width: 800, height: 600 });
  useLayoutEffect(() => {
    const element = scrollRef.current!;
    const measure = () => setView({ top: element.scrollTop, width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const firstSize = baseSizes?.[0];
  const scale = useMemo(() => {
    if (zoom.mode === 'fixed') return zoom.scale;
    if (!firstSize) return 1;
    const width = rotation % 180 === 0 ? firstSize.width : firstSize.height;
    const fit = Math.max(0.25, Math.min(4, (view.width - 2 * PAGE_GAP) / width));
    return zoom.mode === 'auto' ? Math.min(fit, AUTO_MAX_SCALE) : fit;
  }, [zoom, firstSize, rotation, view.width]);

  const sizes = useMemo(() => (baseSizes ? displayedSizes(baseSizes, scale, rotation) : []), [baseSizes, scale, rotation]);
  const { tops, total } = useMemo(() => pageTops(sizes), [sizes]);
  const widest = useMemo(() => sizes.reduce((w, s) => Math.max(w, s.width), 0), [sizes]);
  const innerWidth = Math.max(view.width, widest + 2 * PAGE_GAP);

  // Keep the reader on the same spot of the same page when the layout changes.
  const position = useRef({ page: 0, fraction: 0 });
  const restoring = useRef(false);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || tops.length === 0) return;
    const { page, fraction } = position.current;
    const target = Math.round(tops[page]! - PAGE_GAP + fraction * (sizes[page]!.height + PAGE_GAP));
    if (Math.abs(element.scrollTop - target) > 1) {
      restoring.current = true;
      element.scrollTop = target;
    }
    setView((v) => ({ ...v, top: element.scrollTop }));
  }, [tops, sizes]);

  const rememberPosition = useCallback(
    (top: number) => {
      if (tops.length === 0) return;
      const page = pageAt(tops, top + PAGE_GAP);
      position.current = { page, fraction: (top - (tops[page]! - PAGE_GAP)) / (sizes[page]!.height + PAGE_GAP) };
    },
    [tops, sizes],
  );

  const onScroll = () => {
    const element = scrollRef.current!;
    const top = element.scrollTop;
    setView((v) => (v.top === top ? v : { ...v, top }));
    if (restoring.current) {
      restoring.current = false;
      return;
    }
    rememberPosition(top);
  };

  const { scrollToY, goToPage, goToOutlineTarget } = useLinkService({ doc, documentSha256: source.sha256, scrollRef, tops, sizes, scale, rotation, rememberPosition, highlights, scrollTo });

  const pageNumber = tops.length ? currentPage(tops, view.top, view.height) + 1 : 1;
  const live = livePages(tops, sizes, view.top, view.height);

  // Live canvases, for the benchmark and tests: written straight to the DOM, no re-render.
  const liveCanvases = useRef(0);
  const onCanvasCount = useCallback((delta: number) => {
    liveCanvases.current += delta;
    rootRef.current?.setAttribute('data-live-canvases', String(liveCanvases.current));
  }, []);

  const rendered = useRef(new Map<number, RenderedPage>());
  const onRendered = useCallback((pageIndex: number, page: RenderedPage | null) => {
    if (page) {
      rendered.current.set(pageIndex, page);
      onFirstPainted();
      rootRef.current?.setAttribute('data-rendered-pages', Array.from(rendered.current.keys()).sort((a, b) => a - b).join(','));
    } else {
      rendered.current.delete(pageIndex);
    }
  }, [onFirstPainted]);

  const zoomBy = (direction: 1 | -1) => {
    const next = direction > 0 ? ZOOM_STEPS.find((s) => s > scale + 0.001) : [...ZOOM_STEPS].reverse().find((s) => s < scale - 0.001);
    if (next) setZoom({ mode: 'fixed', scale: next });
  };

  const { query, setQuery, find, next, previous, matchesByPage, currentMatch, revealMatch } = useFindController({ store, pageCount, scrollRef, tops, sizes, goToPage, scrollToY });

  const highlightsByPage = useMemo(() => {
    const map = new Map<number, typeof highlights>();
    const add = (pageIndex: number, h: (typeof highlights)[number]) => map.set(pageIndex, [...(map.get(pageIndex) ?? []), h]);
    for (const h of highlights) {
      add(h.anchor.pageIndex, h);
      // A passage that runs onto the next page is drawn there from its own rectangles.
      const { nextPageRects } = h.anchor;
      if (nextPageRects?.length) add(h.anchor.pageIndex + 1, { ...h, anchor: { ...h.anchor, pageIndex: h.anchor.pageIndex + 1, rects: nextPageRects } });
    }
    return map;
  }, [highlights]);

  // The floating "Comment" button for a text selection in one of the pages.
  const contentRef = useRef<HTMLDivElement>(null);
  const [selectionButton, hideSelectionButton] = useCommentButton(!!onCommentOnSelection, contentRef);
  const commentOnSelection = () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !onCommentOnSelection) return;
    const anchor = anchorFromSelection(selection.getRangeAt(0), rendered.current, source.sha256);
    if (!anchor) return;
    selection.removeAllRanges();
    hideSelectionButton();
    onCommentOnSelection(anchor);
  };

  const [sidebarOpen, setSidebarOpen] = useState(false);
  return (
    <div
      ref={rootRef}
      className="pdf-document"
      data-live-canvases={0}
      data-page-count={pageCount}
      data-scale={scale}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
          e.preventDefault();
          findInputRef.current?.focus();
          findInputRef.current?.select();
        }
      }}
    >
      <Toolbar
        pageNumber={pageNumber}
        pageCount={pageCount}
        scale={scale}
        fitWidth={zoom.mode === 'fit'}
        sidebarOpen={sidebarOpen}
        query={query}
        find={find}
        findInputRef={findInputRef}
        onToggleSidebar={() => setSidebarOpen((o) => !o)}
        onGoToPage={goToPage}
        onZoomIn={() => zoomBy(1)}
        onZoomOut={() => zoomBy(-1)}
        onFitWidth={() => setZoom({ mode: 'fit' })}
        onRotate={() => setRotation((r) => (r + 90) % 360)}
        onQueryChange={setQuery}
        onFindNext={next}
        onFindPrevious={previous}
      />
      <div className="pdf-body">
        {sidebarOpen && <Outline doc={doc} onNavigate={goToOutlineTarget} />}
        <div ref={scrollRef} className="pdf-scroll" onScroll={onScroll} tabIndex={0} data-testid="pdf-scroll">
          <div ref={contentRef} className="pdf-content" style={{ height: total, width: innerWidth }}>
            {baseSizes &&
              Array.from({ length: Math.max(0, live.last - live.first + 1) }, (_, k) => {
                const i = live.first + k;
                const size = sizes[i]!;
                return (
                  <PdfPage
                    key={i}
                    doc={doc}
                    store={store}
                    pageIndex={i}
                    scale={scale}
                    rotation={rotation}
                    size={size}
                    top={tops[i]!}
                    left={Math.max(PAGE_GAP, (innerWidth - size.width) / 2)}
                    documentSha256={source.sha256}
                    highlights={highlightsByPage.get(i) ?? NO_HIGHLIGHTS}
                    matches={matchesByPage.get(i) ?? NO_MATCHES}
                    currentMatch={currentMatch?.pageIndex === i ? currentMatch.range : null}
                    matchNonce={currentMatch?.pageIndex === i ? find.nonce : 0}
                    onCanvasCount={onCanvasCount}
                    onRendered={onRendered}
                    onBaseSize={onBaseSize}
                    onReveal={revealMatch}
                    onHighlightClick={onHighlightClick}
                  />
                );
              })}
            {selectionButton && onCommentOnSelection && (
              <button
                type="button"
                className="primary pdf-comment-button"
                style={{ left: selectionButton.left, top: selectionButton.top }}
                title={t('commentHint')}
                onPointerDown={(e) => e.preventDefault()}
                onMouseDown={(e) => e.preventDefault()}
                onClick={commentOnSelection}
                data-testid="pdf-comment-button"
              >
                {t('comment')}
              </button>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

const NO_HIGHLIGHTS: never[] = [];
const NO_MATCHES: TextRange[] = [];
