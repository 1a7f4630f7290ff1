// What the benchmark page and its Node runner exchange.

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** A figure module's outcome: its figures, or why it could not measure them. */
export type FigureOutcome = { figures: Figure[] } | { skipped: string };

/** One entry per figure module of the page (test/bench/page/figures). */
export const FIGURE_MODULES = ['import', 'list', 'search', 'pdfFirstPageOurs', 'pdfFirstPagePdfjs', 'pdfLiveCanvases'] as const;
export type FigureModule = (typeof FIGURE_MODULES)[number];

export interface BenchApi {
  run(module: FigureModule): Promise<FigureOutcome>;
}

/** Where the page finds the corpus PDF; the runner serves ../shared/corpus/pdfs there. */
export const CORPUS_URL_PREFIX = '/corpus/';
export const LARGE_PDF = 'freeculture.pdf';
