// The benchmark page: each figure module measures in this real Chromium page and reports back to
// the Node runner (test/bench/run.ts) through window.__bench.
import type { BenchApi, FigureModule, FigureOutcome } from '../types';
import { MissingModule } from './renderer';
import { importFigure } from './figures/importFigure';
import { listFigure } from './figures/listFigure';
import { searchFigure } from './figures/searchFigure';
import { pdfFirstPageOurs } from './figures/pdfFirstPageOurs';
import { pdfFirstPagePdfjs } from './figures/pdfFirstPagePdfjs';
import { pdfLiveCanvases } from './figures/pdfLiveCanvases';
import { pdfTextLayerWidth } from './figures/pdfTextLayerWidth';

const figures: Record<FigureModule, () => Promise<FigureOutcome>> = {
  import: importFigure,
  list: listFigure,
  search: searchFigure,
  pdfFirstPageOurs,
  pdfFirstPagePdfjs,
  pdfLiveCanvases,
  pdfTextLayerWidth,
};

const api: BenchApi = {
  async run(module) {
    try {
      return await figures[module]();
    } catch (error) {
      if (error instanceof MissingModule) return { skipped: error.message };
      throw error;
    }
  },
};

(window as unknown as { __bench: BenchApi }).__bench = api;
document.body.dataset.ready = 'true';
