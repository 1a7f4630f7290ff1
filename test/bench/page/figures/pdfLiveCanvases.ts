// pdf_live_canvases_max: the most page canvases the app's viewer keeps alive while the reader
// scrolls from the first to the last page of the large corpus PDF.
import type { FigureOutcome } from '../../types';
import { fetchLargePdf, mountOurViewer, stage } from './pdfCommon';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function liveCanvases(host: HTMLElement): number {
  const attribute = Number(host.querySelector('[data-live-canvases]')?.getAttribute('data-live-canvases') ?? 0);
  const counted = Array.from(host.querySelectorAll('canvas')).filter((c) => c.width > 0).length;
  return Math.max(attribute, counted);
}

export async function pdfLiveCanvases(): Promise<FigureOutcome> {
  const bytes = await fetchLargePdf();
  const { root } = await mountOurViewer(bytes);
  const host = stage();
  const scroller = host.querySelector<HTMLElement>('[data-testid="pdf-scroll"]');
  if (!scroller) throw new Error('the viewer has no [data-testid="pdf-scroll"] element');
  let max = liveCanvases(host);
  let steps = 0;
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.scrollTop += scroller.clientHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await nextFrame();
    await sleep(20); // let page renders start and finish as a reader's pause would
    max = Math.max(max, liveCanvases(host));
    steps++;
  }
  const lastPageShown = host.querySelector('[data-testid="pdf-page-352"]') !== null;
  root.unmount();
  if (!lastPageShown) throw new Error(`scrolled ${steps} screens but page 352 never appeared`);
  return {
    figures: [
      { name: 'pdf_live_canvases_max', value: max, unit: 'canvases' },
      { name: 'pdf_scroll_screens', value: steps, unit: 'screens' },
    ],
  };
}
