// The notification list in Chromium: seeded straight into IndexedDB, then used as a reviewer would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Notification } from '../../shared/domain/notification';
import { generateNotifications } from '../fixtures/generateNotifications';
import { chromiumAvailable, launchBrowser, openOfflineApp, type OfflineApp } from './harness';

function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const generated = generateNotifications({ count: 300, seed: 42, today: isoDay(0) }).filter((n) => n.memberCode !== 'KEN');
const template = generated[0]!;

function record(id: string, fields: Partial<Notification>): Notification {
  const [, agreement, , memberCode, number, ...suffixParts] = id.split('/');
  const suffixes = suffixParts.map((p) => ({ kind: p.split('.')[0] as 'Add', n: Number(p.split('.')[1]) }));
  return {
    ...template,
    id,
    agreement: agreement as 'TBT',
    memberCode: memberCode!,
    number: Number(number),
    suffixes,
    baseSymbol: id.split('/').slice(0, 5).join('/'),
    parentSymbol: suffixes.length ? id.split('/').slice(0, -1).join('/') : null,
    type: suffixes.length ? 'addendum' : 'regular',
    hsCodes: [],
    icsCodes: [],
    ...fields,
  };
}

// Kenya's notifications are only these, so that the test knows exactly what a member filter shows.
const KENYA = [
  record('G/TBT/N/KEN/1501', {
    member: 'Kenya',
    title: 'Kenya standard for electric kettles',
    finalDateForComments: isoDay(-3),
    distributionDate: isoDay(-63),
  }),
  record('G/TBT/N/KEN/1502', {
    member: 'Kenya',
    title: 'Kenya standard for solar lanterns',
    finalDateForComments: isoDay(4),
    distributionDate: isoDay(-56),
  }),
  record('G/TBT/N/KEN/1502/Add.1', {
    member: 'Kenya',
    title: 'Kenya standard for solar lanterns',
    finalDateForComments: null,
    distributionDate: isoDay(-20),
  }),
  record('G/TBT/N/KEN/1502/Add.2', {
    member: 'Kenya',
    title: 'Kenya standard for solar lanterns',
    finalDateForComments: null,
    distributionDate: isoDay(-10),
  }),
];
const CHINESE = record('G/TBT/N/CHN/9001', {
  member: 'China',
  title: '儿童安全座椅阻燃性能要求',
  description: '规定了儿童安全座椅的阻燃性能和试验方法。',
  finalDateForComments: isoDay(40),
  distributionDate: isoDay(-20),
});

/** Writes notifications into the app's database with the plain IndexedDB API, then reloads. */
async function seed(page: Page, notifications: Notification[]) {
  await page.getByTestId('notifications-empty').waitFor();
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tbt-review-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('notifications', 'readwrite');
      for (const r of records) tx.objectStore('notifications').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, notifications);
  await page.reload();
  await page.getByTestId('notification-row').first().waitFor();
}

const visibleSymbols = (page: Page) => page.getByTestId('notification-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-symbol')));

describe.runIf(chromiumAvailable())('the notification list in Chromium, offline', () => {
  let browser: Browser;
  let app: OfflineApp;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openOfflineApp(browser);
    await seed(app.page, [...generated, ...KENYA, CHINESE]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('narrows the rows to one member, with its follow-ups grouped under the base', async () => {
    const { page } = app;
    await page.getByTestId('filter-member').selectOption('KEN');
    await expect.poll(() => visibleSymbols(page)).toEqual(['G/TBT/N/KEN/1501', 'G/TBT/N/KEN/1502']);
    const base = page.locator('[data-symbol="G/TBT/N/KEN/1502"]');
    await expect.poll(() => base.getByTestId('followup-count').textContent()).toBe('2 follow-ups');
    await base.getByTestId('expand').click();
    await expect.poll(() => visibleSymbols(page)).toEqual(['G/TBT/N/KEN/1501', 'G/TBT/N/KEN/1502', 'G/TBT/N/KEN/1502/Add.1', 'G/TBT/N/KEN/1502/Add.2']);
    expect(await page.locator('[data-symbol="G/TBT/N/KEN/1502/Add.1"]').getAttribute('data-depth')).toBe('1');
  });

  it('marks overdue and near deadlines in words, not only in colour', async () => {
    const { page } = app;
    await page.getByTestId('filter-member').selectOption('KEN');
    await expect.poll(() => page.locator('[data-symbol="G/TBT/N/KEN/1501"] [data-testid="deadline"]').textContent()).toContain('overdue 3 days');
    await expect.poll(() => page.locator('[data-symbol="G/TBT/N/KEN/1502"] [data-testid="deadline"]').textContent()).toContain('4 days left');
  });

  it('sorts a column up on the first click and down on the second', async () => {
    const { page } = app;
    await page.getByTestId('filter-member').selectOption('KEN');
    // The group heads, in the order shown (an earlier test may have opened a group).
    const symbolsInOrder = () => page.locator('[data-testid="notification-row"][data-depth="0"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-symbol')));
    const title = page.locator('th.nl-col-title');
    await page.getByTestId('sort-title').click();
    await expect.poll(() => title.getAttribute('aria-sort')).toBe('ascending');
    // "…electric kettles" before "…solar lanterns"
    await expect.poll(symbolsInOrder).toEqual(['G/TBT/N/KEN/1501', 'G/TBT/N/KEN/1502']);
    await page.getByTestId('sort-title').click();
    await expect.poll(() => title.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(symbolsInOrder).toEqual(['G/TBT/N/KEN/1502', 'G/TBT/N/KEN/1501']);
    await page.getByTestId('sort-deadline').click();
    await expect.poll(() => page.locator('th.nl-col-deadline').getAttribute('aria-sort')).toBe('ascending');
  });

  it('keeps its filters after opening a notification and coming back', async () => {
    const { page } = app;
    await page.getByTestId('filter-member').selectOption('KEN');
    await page.locator('[data-symbol="G/TBT/N/KEN/1501"]').click();
    await page.getByTestId('screen-review').waitFor();
    await page.goBack();
    await page.getByTestId('notification-row').first().waitFor();
    expect(await page.getByTestId('filter-member').inputValue()).toBe('KEN');
    await expect.poll(() => visibleSymbols(page)).toContain('G/TBT/N/KEN/1501');
    expect((await visibleSymbols(page)).every((s) => s?.includes('/KEN/'))).toBe(true);
  });

  it('finds a Chinese notification from a Chinese word', async () => {
    const { page } = app;
    await page.getByTestId('clear-filters').click();
    await page.getByTestId('search-input').fill('安全座椅');
    await expect.poll(() => visibleSymbols(page)).toEqual(['G/TBT/N/CHN/9001']);
    await page.getByTestId('search-input').fill('kettles');
    await expect.poll(() => visibleSymbols(page)).toEqual(['G/TBT/N/KEN/1501']);
    await page.getByTestId('clear-filters').click();
  });

  it('shows each line its own notification while scrolled down and back, rows being reused for the lines scrolled in', async () => {
    const { page } = app;
    await page.getByTestId('filter-member').selectOption('');
    await page.getByTestId('search-input').fill('');
    const titles = new Map([...generated, ...KENYA, CHINESE].map((n) => [n.id, n.title]));
    const shown = () =>
      page.getByTestId('notification-row').evaluateAll((rows) =>
        rows.map((r) => ({
          line: Number(r.getAttribute('data-line')),
          symbol: r.getAttribute('data-symbol')!,
          symbolText: r.querySelector('[data-testid="symbol"]')!.textContent,
          title: (r.querySelector('.nl-title') as HTMLElement).title,
        })),
      );
    const symbolOfLine = new Map<number, string>();
    const table = page.getByTestId('notification-table');
    const box = (await table.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const focused = page.getByTestId('notification-row').first();
    await focused.focus();
    const focusedSymbol = await focused.getAttribute('data-symbol');
    const symbolInFocus = () => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-symbol') ?? null);
    const bottom = await table.evaluate((el) => el.scrollHeight - el.clientHeight);
    const stepsDown = Math.ceil(bottom / 900);
    for (const delta of [...Array<number>(stepsDown).fill(900), ...Array<number>(stepsDown).fill(-900)]) {
      const before = await table.evaluate((el) => el.scrollTop);
      await page.mouse.wheel(0, delta);
      await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBe(Math.min(bottom, Math.max(0, before + delta)));
      // Wait until the lines in sight are drawn (the window from the worker may still be on its way).
      await expect
        .poll(async () => {
          const top = await table.evaluate((el) => el.scrollTop);
          return (await shown()).some((r) => r.line * 34 <= top) && (await shown()).some((r) => r.line * 34 >= top + 300);
        })
        .toBe(true);
      const rows = await shown();
      expect(new Set(rows.map((r) => r.line)).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r.symbol)).size).toBe(rows.length);
      // The focus stays with the notification the reviewer chose, or leaves the list: Enter never opens another one.
      expect([focusedSymbol, null]).toContain(await symbolInFocus());
      for (const row of rows) {
        expect(row.symbolText).toBe(row.symbol);
        expect(row.title).toBe(titles.get(row.symbol));
        expect(symbolOfLine.get(row.line) ?? row.symbol).toBe(row.symbol);
        symbolOfLine.set(row.line, row.symbol);
      }
    }
    // Every line of the view was in sight at some step, down to the last.
    expect(symbolOfLine.size).toBe((await table.evaluate((el) => el.querySelector("tbody")!.offsetHeight)) / 34);
  });

  it('shows a dense table in English and in Chinese', async () => {
    const { page } = app;
    await page.getByTestId('filter-member').selectOption('');
    await page.getByTestId('sort-deadline').waitFor();
    await page.screenshot({ path: '/tmp/list-en.png' });
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect.poll(() => page.getByTestId('sort-deadline').textContent()).toContain('评议截止');
    await page.screenshot({ path: '/tmp/list-zh-CN.png' });
    await page.getByTestId('language-select').selectOption('en');
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
