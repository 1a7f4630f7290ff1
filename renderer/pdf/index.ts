// What other features use from pdf.
export { PdfViewer } from './PdfViewer';
export type { PdfHighlight, PdfSource, PdfViewerProps } from './types';
export { PdfDevPage } from './PdfDevPage';
