// What the benchmark page and its Node runner exchange.

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** A figure module's outcome: its figures, or why it could not measure them. */
export type FigureOutcome = { figures: Figure[] } | { skipped: string };

/** One entry per figure module of the page (test/bench/page/figures). */
export const FIGURE_MODULES = ['import', 'list', 'search', 'pdfFirstPageOurs', 'pdfFirstPagePdfjs', 'pdfLiveCanvases', 'pdfTextLayerWidth'] as const;
export type FigureModule = (typeof FIGURE_MODULES)[number];

export interface BenchApi {
  run(module: FigureModule): Promise<FigureOutcome>;
}

/** Where the page finds the corpus PDF; the runner serves ../shared/corpus/pdfs there. */
export const CORPUS_URL_PREFIX = '/corpus/';
export const LARGE_PDF = 'freeculture.pdf';
/** Corpus PDFs whose page 1 has horizontal text (English; Chinese with GBK and UniGB CMaps). */
export const TEXT_LAYER_PDFS = ['tracemonkey.pdf', 'issue14438.pdf', 'file_pdfjs_test.pdf', 'annotation-highlight.pdf', 'helloworld-bad.pdf'];
