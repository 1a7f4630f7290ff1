import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';

// The whole of a reviewer's day with no network at all: demo data → list → search → open →
// select a passage → comment → finish → reload → everything still there.

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000 });
}

/** Drags the mouse across the first text-layer span holding `text`, as a reviewer selects it. */
async function selectPassage(page: Page, text: string) {
  const span = page.locator('[data-testid="screen-review"] .textLayer span', { hasText: text }).first();
  await span.waitFor();
  await span.scrollIntoViewIfNeeded();
  const box = (await span.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
}

describe.runIf(chromiumAvailable())('a reviewer works a whole notification offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('demo data → search in Chinese → open → comment on a passage → finish → reload: all still there', async () => {
    const app = await openOfflineApp(browser);
    const { page } = app;
    await eventually(() => page.getByTestId('network-state').textContent()).toBe('Offline');

    await page.getByRole('button', { name: 'Load demo data' }).click();
    const rows = page.getByTestId('notification-row');
    await eventually(() => rows.count()).toBeGreaterThanOrEqual(4);

    await page.getByTestId('search-input').fill('电动自行车');
    await eventually(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('G/TBT/N/CHN/2031');

    await rows.first().click();
    await eventually(() => page.getByTestId('review-symbol').textContent()).toContain('G/TBT/N/CHN/2031');

    await selectPassage(page, '热失控');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const editor = page.getByTestId('comment-editor');
    await eventually(() => page.getByTestId('editor-quote').textContent()).toContain('热失控');

    // Finishing an incomplete comment says what is missing.
    await editor.getByRole('button', { name: 'Mark finished' }).click();
    await eventually(() => editor.textContent()).toContain('Choose at least one TBT concern.');

    await editor.getByLabel('Clause / subclause').fill('3.2');
    await editor.getByLabel('Not based on the relevant international standard (Art. 2.4)').check();
    await editor.getByLabel('Comment (Chinese)').fill('“热失控”的定义应与 IEC 62133-2:2017 第 3 章一致。');
    await editor.getByLabel('Comment (English)').fill('Align the definition of “thermal runaway” with IEC 62133-2:2017, clause 3.');
    await editor.getByLabel('Reference standard').fill('IEC 62133-2:2017');
    await eventually(() => page.getByTestId('save-state').textContent()).toBe('Saved');
    await editor.getByRole('button', { name: 'Mark finished' }).click();
    await eventually(() => page.getByTestId('editor-status').textContent()).toBe('Finished');

    await page.reload();
    await eventually(() => page.getByTestId('review-symbol').textContent()).toContain('G/TBT/N/CHN/2031');
    const listed = page.getByTestId('comment-row');
    await eventually(() => listed.count()).toBe(1);
    const row = await listed.first().textContent();
    expect(row).toContain('热失控');
    expect(row).toContain('Finished');
    await listed.first().click();
    await eventually(() => page.getByLabel('Comment (English)').inputValue()).toBe('Align the definition of “thermal runaway” with IEC 62133-2:2017, clause 3.');
    await eventually(() => page.locator('.pdf-highlight').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: '← Back to the list' }).first().click();
    const chinaRow = page.getByTestId('notification-row').filter({ hasText: 'G/TBT/N/CHN/2031' });
    await eventually(() => chinaRow.getByTestId('status').textContent()).toBe('Finished');
    expect(await chinaRow.textContent()).toContain('0 draft · 1 finished');

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.context.close();
  });
});
