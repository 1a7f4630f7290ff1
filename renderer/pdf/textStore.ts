// Each page's text content, fetched once per document and shared by the text layer, find in
// document and anchoring, so that all three count offsets in the same text.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { buildPageText, type PageText } from '../../shared/anchoring/pageText';

export interface PageTextContent {
  content: TextContent;
  items: TextItem[];
  pageText: PageText;
}

export class TextStore {
  private readonly pages = new Map<number, Promise<PageTextContent>>();

  constructor(private readonly doc: PDFDocumentProxy) {}

  get(pageIndex: number): Promise<PageTextContent> {
    let entry = this.pages.get(pageIndex);
    if (!entry) {
      entry = this.doc
        .getPage(pageIndex + 1)
        // Without pdf.js's default normalisation, as its own viewer asks: that normalisation
        // expands a ligature into letters before an right-to-left run is reversed, which swaps
        // them (Arabic لم → مل). Find and anchoring compare NFKC text themselves.
        .then((page) => page.getTextContent({ disableNormalization: true }))
        .then((content) => {
          const items = content.items.filter((item): item is TextItem => 'str' in item);
          return { content: { ...content, items }, items, pageText: buildPageText(items) };
        });
      entry.catch(() => this.pages.delete(pageIndex));
      this.pages.set(pageIndex, entry);
    }
    return entry;
  }
}
