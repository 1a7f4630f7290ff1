// The invisible text layer lies on the printed words whatever the interface language: on English,
// Chinese, Japanese, Korean and Arabic PDFs, in the English and the Chinese UI, every span is as
// wide as the glyphs it stands for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp, type OfflineApp } from './harness';
import { glyphRuns, textLayerWidthError } from './textLayerWidth';
import { printScriptPdf, SCRIPT_SAMPLES } from '../fixtures/scriptPdfs';

const PDFS = resolve('../shared/corpus/pdfs');
/** Corpus files with horizontal text on page 1: English, and Chinese (GBK and UniGB CMaps). */
const CORPUS_FILES = ['tracemonkey.pdf', 'issue14438.pdf', 'file_pdfjs_test.pdf', 'annotation-highlight.pdf'];
/** The target for the text layer's width error, in per cent. */
const MAX_ERROR_PCT = 2;

describe.runIf(chromiumAvailable())('the text layer matches the printed glyphs in both interface languages', () => {
  let browser: Browser;
  const files: Array<{ name: string; bytes: Buffer }> = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const sample of SCRIPT_SAMPLES) files.push({ name: sample.fileName, bytes: await printScriptPdf(browser, sample) });
    if (existsSync(PDFS)) for (const name of CORPUS_FILES) files.push({ name, bytes: readFileSync(resolve(PDFS, name)) });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ['en-US', 'zh-CN']) {
    describe(`in the ${locale} interface`, () => {
      let app: OfflineApp;
      beforeAll(async () => {
        app = await openOfflineApp(browser, { locale });
        await app.page.evaluate(() => (location.hash = '#/dev/pdf'));
        await app.page.getByTestId('pdf-dev-file').waitFor();
      });
      afterAll(async () => {
        await app?.context.close();
      });

      it(`every span is within ${MAX_ERROR_PCT} % of its glyphs' width (corpus PDFs${existsSync(PDFS) ? '' : ': skipped, ../shared/corpus is absent'}, and Japanese, Korean, Arabic ones)`, async () => {
        const { page } = app;
        const errors: Record<string, number> = {};
        for (const file of files) {
          await page.getByTestId('pdf-dev-file').setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: file.bytes });
          const pageOne = page.locator(`[data-file-name="${file.name}"] [data-testid="pdf-page-1"]`);
          await pageOne.locator('.pdf-text-layer [data-item]').first().waitFor({ timeout: 60_000 });
          const measured = await textLayerWidthError(pageOne, await glyphRuns(file.bytes, 1));
          expect.soft(measured.spans, `${file.name}: spans measured`).toBeGreaterThan(0);
          expect.soft(measured.pct, `${file.name} in ${locale}: worst span ${JSON.stringify(measured.worst)}`).toBeLessThan(MAX_ERROR_PCT);
          errors[file.name] = Math.round(measured.pct * 100) / 100;
        }
        console.log(`text layer width error (%) in ${locale}:`, errors);
        expect(app.pageErrors).toEqual([]);
        expect(app.blockedRequests).toEqual([]);
      });
    });
  }
});
