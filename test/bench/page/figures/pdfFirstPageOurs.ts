// pdf_first_page_ms: opening the large corpus PDF in the app's PdfViewer until page 1 is drawn.
import type { FigureOutcome } from '../../types';
import { round } from '../stats';
import { fetchLargePdf, mountOurViewer } from './pdfCommon';

export async function pdfFirstPageOurs(): Promise<FigureOutcome> {
  const bytes = await fetchLargePdf();
  const { root, openedAt, firstPageAt } = await mountOurViewer(bytes);
  root.unmount();
  return { figures: [{ name: 'pdf_first_page_ms', value: round(firstPageAt - openedAt, 1), unit: 'ms' }] };
}
