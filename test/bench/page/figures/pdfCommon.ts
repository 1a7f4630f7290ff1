// What the PDF figures share: the corpus file, mounting the app's viewer, waiting for the DOM.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CORPUS_URL_PREFIX, LARGE_PDF } from '../../types';
import { loadRenderer, type I18nModule, type NamespacesModule, type PdfViewerModule } from '../renderer';

export async function fetchLargePdf(): Promise<Uint8Array> {
  const response = await fetch(`${CORPUS_URL_PREFIX}${LARGE_PDF}`);
  if (!response.ok) throw new Error(`${LARGE_PDF}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function stage(): HTMLElement {
  return document.getElementById('stage')!;
}

/** Resolves with performance.now() as soon as `find` returns an element. */
export function whenPresent<T>(root: Node, find: () => T | null | undefined, timeoutMs = 60_000): Promise<{ at: number; found: T }> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = find();
      if (!found) return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ at: performance.now(), found });
      return true;
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the page'));
    }, timeoutMs);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    check();
  });
}

/** The app's PdfViewer mounted in the stage; resolves when page 1's canvas is drawn. */
export async function mountOurViewer(bytes: Uint8Array): Promise<{ root: Root; openedAt: number; firstPageAt: number }> {
  // The viewer's strings: main.tsx does the same at start.
  const [{ addNamespaces }, { namespaces }] = await Promise.all([loadRenderer<I18nModule>('i18n/index.ts'), loadRenderer<NamespacesModule>('app/namespaces.ts')]);
  addNamespaces(namespaces);
  const { PdfViewer } = await loadRenderer<PdfViewerModule>('pdf/PdfViewer.tsx');
  const host = stage();
  const root = createRoot(host);
  // PdfPage appends the canvas only once pdf.js has finished drawing into it.
  const drawn = whenPresent(host, () => host.querySelector('[data-testid="pdf-page-1"] .pdf-canvas canvas'));
  const openedAt = performance.now();
  root.render(createElement(PdfViewer, { source: { bytes, sha256: 'bench', fileName: 'freeculture.pdf' } }));
  const { at } = await drawn;
  return { root, openedAt, firstPageAt: at };
}
