// pdf_textlayer_width_error_zh_pct: in the Chinese interface, how far the viewer's invisible text
// layer strays from the printed glyphs, over page 1 of the corpus PDFs with horizontal text:
// the sum of |span width − glyph width| over the sum of glyph widths, in per cent. Glyph widths
// are pdf.js's text item widths (the advances of the PDF's own font).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { FigureOutcome } from '../../types';
import { CORPUS_URL_PREFIX, TEXT_LAYER_PDFS } from '../../types';
import { round } from '../stats';
import { loadRenderer, type I18nModule, type NamespacesModule, type PdfjsModule, type PdfViewerModule } from '../renderer';
import { stage, whenPresent } from './pdfCommon';

/** Advance widths in PDF units of page 1's text items; null for a run that is not horizontal. */
async function glyphWidths(pdfjs: PdfjsModule, bytes: Uint8Array): Promise<(number | null)[]> {
  const doc = await pdfjs.pdfjsLib.getDocument({ data: bytes.slice(), ...pdfjs.PDF_OPTIONS }).promise;
  try {
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    return content.items
      .filter((item) => 'str' in item)
      .map((item) => {
        const [a, b, c] = item.transform as number[];
        const horizontal = page.rotate % 360 === 0 && b === 0 && c === 0 && a! > 0 && !content.styles[item.fontName]?.vertical;
        return horizontal && item.str.trim() !== '' ? item.width : null;
      });
  } finally {
    await doc.destroy();
  }
}

export async function pdfTextLayerWidth(): Promise<FigureOutcome> {
  const [{ addNamespaces, setLanguage }, { namespaces }] = await Promise.all([loadRenderer<I18nModule>('i18n/index.ts'), loadRenderer<NamespacesModule>('app/namespaces.ts')]);
  addNamespaces(namespaces);
  setLanguage('zh-CN');
  const pdfjs = await loadRenderer<PdfjsModule>('lib/pdfjs.ts');
  const { PdfViewer } = await loadRenderer<PdfViewerModule>('pdf/PdfViewer.tsx');
  let error = 0;
  let total = 0;
  for (const fileName of TEXT_LAYER_PDFS) {
    const response = await fetch(`${CORPUS_URL_PREFIX}${fileName}`);
    if (!response.ok) return { skipped: `${fileName}: HTTP ${response.status}` };
    const bytes = new Uint8Array(await response.arrayBuffer());
    const widths = await glyphWidths(pdfjs, bytes);
    const host = stage();
    const root = createRoot(host);
    const laidOut = whenPresent(host, () => host.querySelector('[data-testid="pdf-page-1"] .pdf-text-layer [data-item]'));
    root.render(createElement(PdfViewer, { source: { bytes, sha256: fileName, fileName } }));
    await laidOut;
    const scale = Number(host.querySelector<HTMLElement>('[data-scale]')!.dataset.scale);
    for (const span of Array.from(host.querySelectorAll<HTMLElement>('[data-testid="pdf-page-1"] .pdf-text-layer [data-item]'))) {
      const width = widths[Number(span.dataset.item)];
      if (width === null || width === undefined || width * scale < 4) continue;
      error += Math.abs(span.getBoundingClientRect().width - width * scale);
      total += width * scale;
    }
    root.unmount();
  }
  return { figures: [{ name: 'pdf_textlayer_width_error_zh_pct', value: round((error / total) * 100, 2), unit: '%' }] };
}
