// The one place that configures pdf.js for the renderer: its worker (bundled by Vite as an asset)
// and the bundled CMaps, standard fonts and wasm (copied into the build by vite.config.ts), so that
// every PDF opens with no network.
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

/** Pass these to every `getDocument()` call, e.g. `getDocument({ data, ...PDF_OPTIONS })`. */
export const PDF_OPTIONS = {
  cMapUrl: './pdfjs/cmaps/',
  cMapPacked: true,
  standardFontDataUrl: './pdfjs/standard_fonts/',
  wasmUrl: './pdfjs/wasm/',
  isEvalSupported: false,
} as const;

export { pdfjsLib };
