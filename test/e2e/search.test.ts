// Searching the list as Chinese and English reviewers do, on the demo data (English notifications,
// one Chinese title): a Chinese word finds the English notifications on the same products, an
// English singular finds the plural and the Chinese title, and the matched words are marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp, type OfflineApp } from './harness';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

const visibleSymbols = (page: Page) => page.getByTestId('notification-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-symbol')).sort());
const marksIn = (page: Page, symbol: string) => page.locator(`[data-symbol="${symbol}"] [data-testid="search-mark"]`).allTextContents();

async function searchFor(page: Page, query: string) {
  await page.getByTestId('search-input').fill(query);
  await page.locator(`[data-testid="screen-notifications"][data-shown-query="${query}"]`).waitFor();
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  describe.runIf(chromiumAvailable())(`searching the demo list in ${locale}`, () => {
    let browser: Browser;
    let app: OfflineApp;
    beforeAll(async () => {
      browser = await launchBrowser();
      app = await openOfflineApp(browser, { locale, viewport: { width: 1440, height: 800 } });
      await app.page.getByTestId('load-demo').click();
      await app.page.getByTestId('notification-row').first().waitFor();
      // The index is built in the background; the note says so until it is ready.
      await app.page.getByTestId('search-note').waitFor({ state: 'detached' });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('finds the toy notifications from 玩具 and marks "toys" in them', async () => {
      const { page } = app;
      await searchFor(page, '玩具');
      expect(await visibleSymbols(page)).toEqual(['G/TBT/N/EU/1148', 'G/TBT/N/USA/2215']);
      expect((await marksIn(page, 'G/TBT/N/EU/1148')).map((m) => m.toLowerCase())).toContain('toys');
      await page.screenshot({ path: `${SCREENSHOTS}/search-toys-${locale}.png` });
    });

    it('finds the battery notification from 电池, marked in both scripts', async () => {
      const { page } = app;
      await searchFor(page, '电池');
      expect(await visibleSymbols(page)).toEqual(['G/TBT/N/CHN/2031']);
      const marks = await marksIn(page, 'G/TBT/N/CHN/2031');
      expect(marks).toContain('batteries');
      expect(marks).toContain('电池');
    });

    it('finds the notifications that speak of magnets from 磁', async () => {
      const { page } = app;
      await searchFor(page, '磁');
      // The EU toys regulation names magnets in its description (not shown in the row).
      expect(await visibleSymbols(page)).toEqual(['G/TBT/N/EU/1148', 'G/TBT/N/USA/2215']);
      expect(await marksIn(page, 'G/TBT/N/USA/2215')).toContain('Magnets');
    });

    it('finds "batteries" from "battery", and the same from "batteries"', async () => {
      const { page } = app;
      await searchFor(page, 'battery');
      expect(await visibleSymbols(page)).toEqual(['G/TBT/N/CHN/2031']);
      expect(await marksIn(page, 'G/TBT/N/CHN/2031')).toContain('batteries');
      await page.screenshot({ path: `${SCREENSHOTS}/search-battery-${locale}.png` });
      await searchFor(page, 'batteries');
      expect(await visibleSymbols(page)).toEqual(['G/TBT/N/CHN/2031']);
    });

    it('shows every notification again once the search is cleared, with nothing marked', async () => {
      const { page } = app;
      await page.getByTestId('search-input').fill('');
      await expect.poll(() => visibleSymbols(page)).toEqual(['G/TBT/N/BRA/1580', 'G/TBT/N/CHN/2031', 'G/TBT/N/EU/1148', 'G/TBT/N/USA/2215']);
      expect(await page.getByTestId('search-mark').count()).toBe(0);
      expect(app.blockedRequests).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    });
  });
}
