// The PDF viewer in Chromium, offline, on the pdf.js test PDFs of the shared corpus, through the
// developer page #/dev/pdf (a file picker hosting the viewer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp, type OfflineApp } from './harness';
import { ARABIC_LINE, arabicLigaturePdf } from '../fixtures/arabicLigaturePdf';

const CORPUS = resolve('../shared/corpus');
const PDFS = resolve(CORPUS, 'pdfs');
const pdf = (name: string) => resolve(PDFS, name);

async function openDevPage(browser: Browser, locale = 'en-US'): Promise<OfflineApp> {
  const app = await openOfflineApp(browser, { locale });
  await app.page.evaluate(() => (location.hash = '#/dev/pdf'));
  await app.page.getByTestId('pdf-dev-file').waitFor();
  return app;
}

/** The file the viewer shows, so that waits never pick up the pages of the file shown before. */
let shownFile = '';

async function openFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  // Emptied first: choosing the file already chosen fires no change.
  await page.getByTestId('pdf-dev-file').setInputFiles([]);
  await page.getByTestId('pdf-dev-file').setInputFiles(file);
  shownFile = typeof file === 'string' ? basename(file) : file.name;
}

/** Waits until the page shows a drawn canvas and a text layer, and returns that text. */
async function pageText(page: Page, pageNumber: number): Promise<string> {
  const selector = `[data-file-name="${shownFile}"] [data-testid="pdf-page-${pageNumber}"]`;
  await page.waitForSelector(`${selector} .pdf-text-layer span`, { timeout: 60_000 });
  await page.waitForSelector(`${selector} canvas`);
  return (await page.locator(`${selector} .pdf-text-layer`).textContent()) ?? '';
}

/** True when the page's canvas has at least one pixel that is not white (something was drawn). */
function canvasDrawn(page: Page, pageNumber: number): Promise<boolean> {
  return page.evaluate((n) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="pdf-page-${n}"] canvas`);
    if (!canvas || canvas.width === 0) return false;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250) return true;
    return false;
  }, pageNumber);
}

/** Waits until find in document has searched every page for `query`. */
async function searchDone(page: Page, query: string) {
  const count = page.getByTestId('pdf-find-count');
  // Every page's text is read for the search: sized for a busy 2-core machine.
  await expect.poll(async () => `${await count.getAttribute('data-query')}|${await count.getAttribute('data-searching')}`, { timeout: 30_000 }).toBe(`${query}|false`);
}

const liveCanvases = async (page: Page) => Number(await page.locator('.pdf-document').getAttribute('data-live-canvases'));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlapRatio = (a: Box, b: Box) => {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
};

describe.runIf(chromiumAvailable())('the PDF viewer in Chromium, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says clearly, in both languages, that a file pdf.js cannot open is broken', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    for (const [locale, expected] of [
      ['en-US', '“noise.pdf” is damaged or is not a PDF, so it cannot be opened.'],
      ['zh-CN', '“noise.pdf”已损坏或不是 PDF 文件，无法打开。'],
    ] as const) {
      const app = await openDevPage(browser, locale);
      await openFile(app.page, { name: 'noise.pdf', mimeType: 'application/pdf', buffer: bytes });
      await expect.poll(() => app.page.getByTestId('pdf-error').textContent()).toBe(expected);
      await app.page.screenshot({ path: `/tmp/pdf-broken-${locale}.png` });
      expect(app.blockedRequests).toEqual([]);
      await app.context.close();
    }
  });

  it('reads Arabic in its order: Find finds a word written with a ligature, and its quote is spelt right', async () => {
    const app = await openDevPage(browser, 'zh-CN');
    const { page } = app;
    await openFile(page, { name: 'arabic-ligature.pdf', mimeType: 'application/pdf', buffer: Buffer.from(arabicLigaturePdf()) });
    await pageText(page, 1);
    await page.getByTestId('pdf-find-input').fill('العلم');
    await searchDone(page, 'العلم');
    expect(Number(await page.getByTestId('pdf-find-count').getAttribute('data-total'))).toBe(1);
    // (pdf.js's default normalisation made the page read العمل, "the work", instead of العلم.)
    await page.getByTestId('pdf-find-input').fill('العمل');
    await searchDone(page, 'العمل');
    expect(Number(await page.getByTestId('pdf-find-count').getAttribute('data-total'))).toBe(0);
    await page.getByTestId('pdf-find-input').fill('');

    const span = page.locator('[data-testid="pdf-page-1"] .pdf-text-layer [data-item]').first();
    const box = (await span.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.getByTestId('pdf-comment-button').click();
    const [anchor] = JSON.parse((await page.getByTestId('pdf-dev-anchors').textContent())!) as Array<{ quote: string }>;
    expect(anchor!.quote).toBe(ARABIC_LINE);
    expect(app.pageErrors).toEqual([]);
    await app.context.close();
  });

  describe.skipIf(!existsSync(PDFS))('on the pdf.js test PDFs (skipped: ../shared/corpus/pdfs is absent)', () => {
    let app: OfflineApp;
    beforeAll(async () => {
      app = await openDevPage(browser);
    });
    afterAll(async () => {
      await app?.context.close();
    });

    const opens: Array<[file: string, pageNumber: number, text: string]> = [
      ['tracemonkey.pdf', 1, 'Trace-based Just-in-Time Type Specialization'],
      ['freeculture.pdf', 2, 'This PDF version of'], // page 1 is a picture
      ['issue14438.pdf', 1, 'Trace-based'],
      ['file_pdfjs_test.pdf', 1, 'Mozilla automated testing'],
      ['vertical.pdf', 1, '日本語'],
      ['rotation.pdf', 1, 'This is my first page'],
      ['helloworld-bad.pdf', 1, 'Hello, world!'],
      ['annotation-highlight.pdf', 1, 'Lorem ipsum'],
    ];
    for (const [file, pageNumber, text] of opens) {
      it(`opens ${file}: the page is drawn and its text is selectable`, async () => {
        const { page } = app;
        await openFile(page, pdf(file));
        const shown = await pageText(page, pageNumber);
        expect(shown.trim().length).toBeGreaterThan(0);
        expect(shown.replace(/\s+/g, ' ')).toContain(text);
        expect(await canvasDrawn(page, pageNumber)).toBe(true);
      });
    }

    it('shows a page with /Rotate 90 in landscape, with its text upright over the drawing', async () => {
      const { page } = app;
      await openFile(page, pdf('rotation.pdf'));
      await pageText(page, 1);
      await page.getByTestId('pdf-next-page').click();
      const text = await pageText(page, 2);
      expect(text).toContain('This is my second page');
      const box = (await page.getByTestId('pdf-page-2').boundingBox())!;
      expect(box.width).toBeGreaterThan(box.height);
      const span = (await page.locator('[data-testid="pdf-page-2"] .pdf-text-layer span', { hasText: 'second page' }).first().boundingBox())!;
      // Upright text: a line is much wider than tall.
      expect(span.width).toBeGreaterThan(span.height * 3);
      expect(await canvasDrawn(page, 2)).toBe(true);
    });

    it('asks for the password of an encrypted PDF, says when it is wrong, and opens with the right one', async () => {
      const { page } = app;
      await openFile(page, pdf('issue6010_1.pdf'));
      await page.getByTestId('pdf-password').waitFor();
      expect(await page.getByTestId('pdf-password').textContent()).toContain('Enter the password of “issue6010_1.pdf” to open it.');
      await page.getByTestId('pdf-password-input').fill('wrong');
      await page.getByTestId('pdf-password-submit').click();
      await expect.poll(() => page.getByTestId('pdf-password-wrong').textContent()).toBe('Wrong password. Check it and try again.');
      await page.screenshot({ path: '/tmp/pdf-password-en.png' });
      await page.getByTestId('pdf-password-input').fill('abc');
      await page.getByTestId('pdf-password-submit').click();
      expect((await pageText(page, 1)).trim().length).toBeGreaterThan(0);
      expect(await canvasDrawn(page, 1)).toBe(true);
    });

    it('finds Japanese/Chinese ideographs despite the spaces pdf.js puts between CJK glyphs', async () => {
      const { page } = app;
      await openFile(page, pdf('vertical.pdf'));
      await pageText(page, 1);
      await page.getByTestId('pdf-find-input').fill('日本語');
      await searchDone(page, '日本語');
      expect(Number(await page.getByTestId('pdf-find-count').getAttribute('data-total'))).toBeGreaterThan(0);
      expect(await page.getByTestId('pdf-find-count').textContent()).toMatch(/^1 of \d+$/);
      await page.getByTestId('pdf-find-input').fill('本 語');
      await expect.poll(() => page.getByTestId('pdf-find-count').textContent()).toMatch(/^1 of \d+$/);
    });

    it('finds every match of a word across the pages and steps through them', async () => {
      const { page } = app;
      await openFile(page, pdf('tracemonkey.pdf'));
      await pageText(page, 1);
      await page.getByTestId('pdf-find-input').fill('TraceMonkey');
      await searchDone(page, 'TraceMonkey');
      const total = Number(await page.getByTestId('pdf-find-count').getAttribute('data-total'));
      expect(total).toBeGreaterThan(10);
      await page.getByTestId('pdf-find-previous').click();
      await expect.poll(() => page.getByTestId('pdf-find-count').textContent()).toBe(`${total} of ${total}`);
      // The last match is on a later page, scrolled into view and marked as the current match.
      await expect.poll(async () => Number(await page.getByTestId('pdf-page-input').inputValue())).toBeGreaterThan(1);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const current = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('pdf-find-current');
            const [range] = current ? Array.from(current) : [];
            if (!range) return 'no current match';
            const r = range.getBoundingClientRect();
            const view = document.querySelector('[data-testid="pdf-scroll"]')!.getBoundingClientRect();
            const inView = r.top >= view.top && r.bottom <= view.bottom && r.width > 0;
            // (A match may be a word hyphenated across two lines.)
            return inView ? range.toString().replace(/-\s*/g, '') : 'not in view';
          }),
        )
        .toBe('TraceMonkey');
      await page.screenshot({ path: '/tmp/pdf-find-en.png' });
    });

    it('keeps at most 10 page canvases alive while scrolling through all 352 pages of freeculture.pdf', async () => {
      const { page } = app;
      await openFile(page, pdf('freeculture.pdf'));
      await pageText(page, 2); // page 1 is a picture with no text
      expect(await page.getByTestId('pdf-page-count').textContent()).toBe('of 352');
      let most = 0;
      // Page sizes become known while scrolling, so the end moves: go on until the last page is there.
      for (let step = 0; step < 2000; step++) {
        const atEnd = await page.getByTestId('pdf-scroll').evaluate((el) => {
          el.scrollTop += el.clientHeight * 2.5;
          return el.scrollTop + el.clientHeight >= el.scrollHeight - 1 && document.querySelector('[data-testid="pdf-page-352"]') !== null;
        });
        await page.waitForTimeout(20);
        most = Math.max(most, await liveCanvases(page));
        if (atEnd) break;
      }
      await pageText(page, 352);
      most = Math.max(most, await liveCanvases(page));
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(10);
      expect(await page.getByTestId('pdf-page-input').inputValue()).toBe('352');
    });

    it('makes an anchor with the selected words, and its highlight stays on them at other zooms, turned, and reopened', async () => {
      const { page } = app;
      await openFile(page, pdf('tracemonkey.pdf'));
      await pageText(page, 1);
      const span = page.locator('[data-testid="pdf-page-1"] .pdf-text-layer span', { hasText: 'Dynamic languages such as JavaScript' }).first();
      await span.scrollIntoViewIfNeeded();
      const box = (await span.boundingBox())!;
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      const selected = await page.evaluate(() => document.getSelection()!.toString());
      expect(selected.length).toBeGreaterThan(10);
      await page.getByTestId('pdf-comment-button').click();
      await page.screenshot({ path: '/tmp/pdf-comment-en.png' });
      const anchors = JSON.parse((await page.getByTestId('pdf-dev-anchors').textContent())!) as Array<{ quote: string; prefix: string; suffix: string; pageIndex: number; rects: Box[] }>;
      expect(anchors).toHaveLength(1);
      const [anchor] = anchors;
      // The quote spells ligatures out (ﬁ → fi); otherwise it is exactly the selected text.
      expect(anchor!.quote).toBe(selected.normalize('NFKC'));
      expect(anchor!.pageIndex).toBe(0);
      expect(anchor!.prefix.length).toBeGreaterThan(0);
      expect(anchor!.suffix.length).toBeGreaterThan(0);
      expect(anchor!.rects).toHaveLength(1);

      /** The highlight box and the box of the selected text, as shown now. */
      const boxes = async () => {
        await page.waitForSelector('[data-testid="pdf-page-1"] .pdf-highlight');
        const spanNow = page.locator('[data-testid="pdf-page-1"] .pdf-text-layer span', { hasText: 'Dynamic languages such as JavaScript' }).first();
        await spanNow.waitFor();
        return { highlight: (await page.locator('[data-testid="pdf-page-1"] .pdf-highlight').first().boundingBox())!, text: (await spanNow.boundingBox())! };
      };
      const before = await boxes();
      expect(overlapRatio(before.highlight, before.text)).toBeGreaterThan(0.8);

      const scaleBefore = await page.locator('.pdf-document').getAttribute('data-scale');
      await page.getByTestId('pdf-zoom-in').click();
      await page.getByTestId('pdf-zoom-in').click();
      await expect.poll(() => page.locator('.pdf-document').getAttribute('data-scale')).not.toBe(scaleBefore);
      await page.getByTestId('pdf-dev-goto-h1').click();
      await expect.poll(async () => overlapRatio((await boxes()).highlight, (await boxes()).text)).toBeGreaterThan(0.8);
      const zoomed = await boxes();
      expect(zoomed.highlight.width).toBeGreaterThan(before.highlight.width * 1.1);
      await page.screenshot({ path: '/tmp/pdf-zoomed-en.png' });

      await page.getByTestId('pdf-rotate').click();
      await page.getByTestId('pdf-dev-goto-h1').click();
      await expect.poll(async () => {
        const b = await boxes();
        return b.highlight.height > b.highlight.width && overlapRatio(b.highlight, b.text) > 0.8;
      }).toBe(true);
      await page.screenshot({ path: '/tmp/pdf-rotated-en.png' });

      // Opening the same file again (a new viewer) draws the highlight on the same words.
      await openFile(page, pdf('tracemonkey.pdf'));
      await pageText(page, 1);
      await page.getByTestId('pdf-dev-goto-h1').click();
      await expect.poll(async () => overlapRatio((await boxes()).highlight, (await boxes()).text)).toBeGreaterThan(0.8);

      // Without its rectangles (e.g. geometry from other bytes), the highlight is found by its quote.
      await page.getByTestId('pdf-dev-text-only').check();
      await expect.poll(async () => overlapRatio((await boxes()).highlight, (await boxes()).text)).toBeGreaterThan(0.8);
    });

    it('a selection that runs onto the next page is anchored on both pages, its quote ending where the selection ends', async () => {
      const { page } = app;
      await page.getByTestId('pdf-dev-text-only').uncheck();
      await openFile(page, pdf('tracemonkey.pdf'));
      await pageText(page, 1);
      // Bring the break between pages 1 and 2 to the middle of the view.
      await page.getByTestId('pdf-page-input').fill('2');
      await page.getByTestId('pdf-page-input').press('Enter');
      await page.getByTestId('pdf-scroll').evaluate((element) => (element.scrollTop -= element.clientHeight / 2));
      await pageText(page, 2);
      await pageText(page, 1);
      const lines = (n: number) => page.locator(`[data-testid="pdf-page-${n}"] .pdf-text-layer span[data-item]`).filter({ hasText: /\S{4}/ });
      const from = (await lines(1).last().boundingBox())!;
      const to = (await lines(2).first().boundingBox())!;
      await page.mouse.move(from.x + 1, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2, to.y - 20, { steps: 5 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
      await page.mouse.up();
      const selected = await page.evaluate(() => document.getSelection()!.toString());
      await page.getByTestId('pdf-comment-button').click();
      const anchors = JSON.parse((await page.getByTestId('pdf-dev-anchors').textContent())!) as Array<{ quote: string; pageIndex: number; rects: Box[]; nextPageRects?: Box[] }>;
      const anchor = anchors.at(-1)!;
      expect(anchor.pageIndex).toBe(0);
      expect(anchor.rects.length).toBeGreaterThan(0);
      expect(anchor.nextPageRects?.length).toBeGreaterThan(0);
      const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
      expect(words(anchor.quote)).toBe(words(selected));
      // Drawn on both pages, from each page's own rectangles.
      const id = `h${anchors.length}`;
      await page.locator(`[data-testid="pdf-page-1"] [data-highlight-id="${id}"]`).first().waitFor();
      await page.locator(`[data-testid="pdf-page-2"] [data-highlight-id="${id}"]`).first().waitFor();
      await page.screenshot({ path: '/tmp/pdf-cross-page-en.png' });
    });

    it('the Comment button waits for the drag to end and never lands on the selected text', async () => {
      const { page } = app;
      await openFile(page, pdf('tracemonkey.pdf'));
      await pageText(page, 1);
      const line = page.locator('[data-testid="pdf-page-1"] .pdf-text-layer span', { hasText: 'Dynamic languages such as JavaScript' }).first();
      const next = page.locator('[data-testid="pdf-page-1"] .pdf-text-layer span', { hasText: 'pile than statically typed ones' }).first();
      const a = (await line.boundingBox())!;
      const b = (await next.boundingBox())!;
      await page.mouse.move(a.x + 1, a.y + a.height / 2);
      await page.mouse.down();
      await page.mouse.move(a.x + a.width - 2, a.y + a.height / 2, { steps: 5 });
      // Dragging on, down to the next line: no button anywhere yet.
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.getByTestId('pdf-comment-button').count()).toBe(0);
      await page.mouse.up();
      const button = (await page.getByTestId('pdf-comment-button').boundingBox())!;
      const selectionRects = await page.evaluate(() => Array.from(document.getSelection()!.getRangeAt(0).getClientRects(), (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
      expect(selectionRects.length).toBeGreaterThan(0);
      for (const rect of selectionRects.filter((r) => r.width > 0 && r.height > 0)) expect(overlapRatio(button, rect)).toBe(0);
      await page.screenshot({ path: '/tmp/pdf-comment-button-en.png' });
    });

    it('showed all of these files with no error logged and no request beyond the app (CMaps and fonts are bundled)', () => {
      expect(app.pageErrors).toEqual([]);
      expect(app.blockedRequests).toEqual([]);
    });
  });
});
