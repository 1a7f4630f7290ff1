// How far the invisible text layer strays from the printed glyphs: pdf.js reads each text item's
// advance width from the PDF's own font (here, in Node, from the same bytes); the browser reports
// the width of the span that the viewer laid over it. A span wider than its glyphs makes
// highlights stick out and selections run past the words the reviewer dragged over.
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface GlyphRun {
  str: string;
  /** Advance width of the item's glyphs in PDF units; null when the run is not horizontal. */
  width: number | null;
  /** Baseline origin and font size in PDF units (y from the page's bottom). */
  x: number;
  y: number;
  fontSize: number;
}

export async function glyphRuns(bytes: Uint8Array, pageNumber: number): Promise<GlyphRun[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${resolve('node_modules/pdfjs-dist/cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/`,
    verbosity: 0,
  }).promise;
  try {
    const page = await doc.getPage(pageNumber);
    const upright = page.rotate % 360 === 0;
    const content = await page.getTextContent();
    return content.items
      .filter((item) => 'str' in item)
      .map((item) => {
        const [a, b, c, , x, y] = item.transform as number[];
        const horizontal = upright && b === 0 && c === 0 && a! > 0;
        return { str: item.str, width: horizontal ? item.width : null, x: x!, y: y!, fontSize: Math.hypot(a!, b!) };
      });
  } finally {
    await doc.destroy();
  }
}

export interface WidthError {
  /** Sum of |span width − glyph width| over the sum of glyph widths, in per cent. */
  pct: number;
  spans: number;
  /** The span that strays most, for the failure message. */
  worst: { str: string; spanPx: number; glyphPx: number } | null;
}

/** Compares every measurable span of a rendered page (`pageElement`) with the glyph runs. */
export async function textLayerWidthError(pageElement: Locator, runs: readonly GlyphRun[]): Promise<WidthError> {
  return pageElement.evaluate((element, runs) => {
    const scale = Number(element.closest<HTMLElement>('[data-scale]')!.dataset.scale);
    let error = 0;
    let total = 0;
    let spans = 0;
    let worst: { str: string; spanPx: number; glyphPx: number } | null = null;
    for (const span of Array.from(element.querySelectorAll<HTMLElement>('.pdf-text-layer [data-item]'))) {
      const run = runs[Number(span.dataset.item)];
      if (!run || run.width === null || run.str.trim() === '') continue;
      const glyphPx = run.width * scale;
      if (glyphPx < 4) continue;
      const spanPx = span.getBoundingClientRect().width;
      error += Math.abs(spanPx - glyphPx);
      total += glyphPx;
      spans++;
      if (!worst || Math.abs(spanPx - glyphPx) / glyphPx > Math.abs(worst.spanPx - worst.glyphPx) / worst.glyphPx) worst = { str: run.str, spanPx, glyphPx };
    }
    return { pct: total > 0 ? (error / total) * 100 : 0, spans, worst };
  }, runs as GlyphRun[]);
}

/** The bytes of a document the app stores (IndexedDB `documents` + `files`), by file name. */
export async function storedPdfBytes(page: Page, fileName: string): Promise<Uint8Array> {
  const base64 = await page.evaluate(async (fileName) => {
    const open = indexedDB.open('tbt-review-desk');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = <T>(store: string, query?: IDBValidKey) =>
      new Promise<T>((resolve, reject) => {
        const request = query === undefined ? db.transaction(store).objectStore(store).getAll() : db.transaction(store).objectStore(store).get(query);
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const documents = await read<Array<{ fileName: string; sha256: string }>>('documents');
    const document = documents.find((d) => d.fileName === fileName);
    if (!document) throw new Error(`no stored document ${fileName}`);
    const file = await read<{ bytes: Blob }>('files', document.sha256);
    db.close();
    const bytes = new Uint8Array(await file.bytes.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, fileName);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
