// Bringing data in through the UI, in offline Chromium: an ePing spreadsheet, a malformed CSV that
// must change nothing, notified PDFs and a standard text.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';

const CORPUS = '../shared/corpus';
const XLSX = `${CORPUS}/eping/ePing_Notifications_example.xlsx`;

const HEADER = 'Notifying Member,Distribution date,Document symbol,Title,Final date for comments,Notification type';

async function openImport(page: Page) {
  await page.getByRole('button', { name: /^(Import|导入)$/ }).click();
  await page.getByTestId('screen-import').waitFor();
}


async function storeCount(page: Page): Promise<string> {
  return (await page.getByTestId('store-count').textContent()) ?? '';
}

/** Row and SPS counts read from the workbook's XML, independently of the app's importer. */
async function countRows(bytes: Buffer): Promise<{ rows: number; sps: number }> {
  const sheet = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  const rows = [...sheet.matchAll(/<row r="(\d+)"/g)].length - 1;
  const sps = [...sheet.matchAll(/<c r="C\d+"[^>]*><f>HYPERLINK\("[^"]*",\s*" ?G\/SPS\//g)].length;
  return { rows, sps };
}

describe.runIf(chromiumAvailable())('importing in Chromium, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a malformed CSV is refused with the row and column named, in both languages, and nothing changes', async () => {
    const app = await openOfflineApp(browser);
    const { page } = app;
    await openImport(page);
    const good = `${HEADER}\nKenya,2025-06-10,G/TBT/N/KEN/1801,Kettles,2025-08-09,Regular notification\nKenya,2025-06-10,G/TBT/N/KEN/1801/Add.1,Kettles,,Addendum to Regular Notification\n`;
    await page.getByTestId('import-file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('summary-rows').getAttribute('data-value')).toBe('2');
    expect(await page.getByTestId('summary-followUpsLinked').getAttribute('data-value')).toBe('1');
    const before = await storeCount(page);
    expect(before).toContain('2');

    const bad = `${HEADER}\nKenya,2025-06-10,G/TBT/N/KEN/1802,Lanterns,2025-08-09,Regular notification\nKenya,2025-06-10,G/TBT/KEN/1803,Stoves,2025-08-09,Regular notification\n`;
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Row 3, column “Document symbol”: “G/TBT/KEN/1803” is not a WTO document symbol');
    expect(await error.textContent()).toContain('nothing was changed');
    expect(await storeCount(page)).toBe(before);
    await page.screenshot({ path: '/tmp/import-error-en.png', fullPage: true });

    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect.poll(() => error.textContent()).toContain('第 3 行“Document symbol”列：“G/TBT/KEN/1803”不是 WTO 文件编号');
    await page.screenshot({ path: '/tmp/import-error-zh.png', fullPage: true });
    expect(app.pageErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.context.close();
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const app = await openOfflineApp(browser);
    await openImport(app.page);
    await app.page.getByTestId('import-file').setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('just text') });
    expect(await app.page.getByTestId('import-error').textContent()).toContain('not a readable .xlsx or .csv spreadsheet');
    expect(await storeCount(app.page)).toContain('0');
    await app.context.close();
  });

  describe.skipIf(!existsSync(CORPUS))('with the real corpus (needs ../shared/corpus, skipped when it is absent)', () => {
    it('imports the ePing export and shows what came in, in both languages', async () => {
      const bytes = await readFile(XLSX);
      const expected = await countRows(bytes);
      const app = await openOfflineApp(browser);
      const { page } = app;
      await openImport(page);
      await page.getByTestId('import-file').setInputFiles(XLSX);
      await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
      const value = (key: string) => page.getByTestId(`summary-${key}`).getAttribute('data-value');
      expect(await value('rows')).toBe(String(expected.rows));
      expect(await value('created')).toBe(String(expected.rows));
      expect(await value('updated')).toBe('0');
      expect(await value('sps')).toBe(String(expected.sps));
      expect(await value('tbt')).toBe(String(expected.rows - expected.sps));
      expect(await storeCount(page)).toContain(String(expected.rows));
      await page.screenshot({ path: '/tmp/import-summary-en.png', fullPage: true });

      // The same file again finds every notification already up to date and adds none.
      await page.getByTestId('import-file').setInputFiles(XLSX);
      await expect.poll(() => value('unchanged'), { timeout: 60_000 }).toBe(String(expected.rows));
      expect(await value('created')).toBe('0');
      expect(await value('updated')).toBe('0');
      expect(await storeCount(page)).toContain(String(expected.rows));

      await page.getByTestId('language-select').selectOption('zh-CN');
      await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('SPS（已导入并标记为 SPS）');
      await page.screenshot({ path: '/tmp/import-summary-zh.png', fullPage: true });
      expect(app.pageErrors).toEqual([]);
      expect(app.blockedRequests).toEqual([]);
      await app.context.close();
    });

    it('attaches a notified PDF to a notification and adds a standard text', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await openImport(page);
      const csv = `${HEADER}\nUnited States of America,2025-06-11,G/TBT/N/USA/2211,Parts and accessories,2025-08-10,Regular notification\n`;
      await page.getByTestId('import-file').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('import-summary').waitFor();
      await page.getByTestId('attach-symbol').fill(' g/tbt/n/usa/2211 ');
      await page.getByText('No notified text attached yet.').waitFor();
      await page.getByTestId('attach-file').setInputFiles(`${CORPUS}/pdfs/tracemonkey.pdf`);
      await expect.poll(() => page.getByTestId('attached-documents').textContent()).toContain('tracemonkey.pdf · 14 pages');
      await page.getByTestId('attach-file').setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
      await expect.poll(() => page.getByTestId('attach-documents').textContent()).toContain('fake.pdf is not a PDF file that can be opened.');
      await page.screenshot({ path: '/tmp/attach-en.png', fullPage: true });

      await page.getByRole('button', { name: 'Standards', exact: true }).click();
      await page.getByTestId('standard-identifier').fill('ECMA-404:2013');
      await page.getByTestId('standard-title').fill('The JSON Data Interchange Format');
      await page.getByTestId('standard-file').setInputFiles(`${CORPUS}/standards/ECMA-404_1st_edition_2013.pdf`);
      await page.getByTestId('standard-add').click();
      await expect.poll(() => page.getByTestId('standards-table').textContent()).toContain('ECMA-404:2013');
      expect(await page.getByTestId('standards-table').textContent()).toContain('The JSON Data Interchange Format');
      await page.screenshot({ path: '/tmp/standards-en.png', fullPage: true });
      await page.getByTestId('language-select').selectOption('zh-CN');
      await expect.poll(() => page.getByTestId('screen-standards').textContent()).toContain('标准编号');
      await page.screenshot({ path: '/tmp/standards-zh.png', fullPage: true });
      expect(app.pageErrors).toEqual([]);
      expect(app.blockedRequests).toEqual([]);
      await app.context.close();
    });
  });
});
