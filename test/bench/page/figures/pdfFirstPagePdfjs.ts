// The same file in pdf.js's own PDFViewer component, for pdf_first_page_ratio_to_pdfjs_viewer:
// from getDocument() until its first page's canvas is drawn (the pagerendered event).
import 'pdfjs-dist/web/pdf_viewer.css';
import type { FigureOutcome } from '../../types';
import { loadRenderer, type PdfjsModule } from '../renderer';
import { round } from '../stats';
import { fetchLargePdf, stage } from './pdfCommon';
import { AUTO_MAX_SCALE } from '../../../../renderer/pdf/layout';

export async function pdfFirstPagePdfjs(): Promise<FigureOutcome> {
  const bytes = await fetchLargePdf();
  // The app's pdf.js set-up: same library instance, worker and options.
  const { pdfjsLib, PDF_OPTIONS } = await loadRenderer<PdfjsModule>('lib/pdfjs.ts');
  // pdf_viewer.mjs reads globalThis.pdfjsLib when it loads.
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
  const { PDFViewer, EventBus, PDFLinkService } = await import('pdfjs-dist/web/pdf_viewer.mjs');

  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0;overflow:auto';
  const viewerElement = document.createElement('div');
  viewerElement.className = 'pdfViewer';
  container.append(viewerElement);
  stage().append(container);

  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const viewer = new PDFViewer({ container, viewer: viewerElement, eventBus, linkService, imageResourcesPath: './pdfjs-viewer-images/' });
  linkService.setViewer(viewer);
  // Draw at the scale the app's viewer uses (fit width, at most AUTO_MAX_SCALE), so that both draw
  // the same number of pixels; pdf.js's own default would draw a smaller page.
  eventBus.on('pagesinit', () => {
    viewer.currentScaleValue = 'page-width';
    viewer.currentScale = Math.min(viewer.currentScale, AUTO_MAX_SCALE);
  });
  const firstPage = new Promise<number>((resolve) => {
    eventBus.on('pagerendered', (event: { pageNumber: number }) => {
      if (event.pageNumber === 1) resolve(performance.now());
    });
  });

  const openedAt = performance.now();
  const doc = await pdfjsLib.getDocument({ data: bytes.slice(), ...PDF_OPTIONS }).promise;
  viewer.setDocument(doc);
  linkService.setDocument(doc);
  const firstPageAt = await firstPage;
  await doc.destroy();
  return { figures: [{ name: 'pdfjs_viewer_first_page_ms', value: round(firstPageAt - openedAt, 1), unit: 'ms' }] };
}
