// The one place that configures pdf.js for the renderer: its worker (bundled by Vite as an asset)
// and the bundled CMaps, standard fonts, ICC profiles and wasm (copied into the build by
// vite.config.ts), so that every PDF opens with no network.
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

// Absolute, because pdf.js fetches these inside its worker, where a relative URL would resolve
// against the worker script in assets/ rather than against the page.
const bundled = (path: string) => new URL(path, document.baseURI).href;

/** Pass these to every `getDocument()` call, e.g. `getDocument({ data, ...PDF_OPTIONS })`. */
export const PDF_OPTIONS = {
  cMapUrl: bundled('./pdfjs/cmaps/'),
  cMapPacked: true,
  standardFontDataUrl: bundled('./pdfjs/standard_fonts/'),
  wasmUrl: bundled('./pdfjs/wasm/'),
  iccUrl: bundled('./pdfjs/iccs/'),
  isEvalSupported: false,
} as const;

export { pdfjsLib };
