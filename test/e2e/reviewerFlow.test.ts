import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';
import { glyphRuns, storedPdfBytes, textLayerWidthError } from './textLayerWidth';

// The whole of a reviewer's day with no network at all: demo data → list → search → open →
// select a passage → comment → finish → reload → everything still there; in the English and in
// the Chinese interface, where the text layer must lie on the printed words just the same.

/** What the user reads on the way, in each interface language. */
const UI = {
  'en-US': {
    offline: 'Offline',
    loadDemo: 'Load demo data',
    comment: 'Comment',
    finish: 'Mark finished',
    concernRequired: 'Choose at least one TBT concern.',
    clause: 'Clause / subclause',
    concern: 'Not based on the relevant international standard (Art. 2.4)',
    commentZh: 'Comment (Chinese)',
    commentEn: 'Comment (English)',
    referenceStandard: 'Reference standard',
    saved: 'Saved',
    finished: 'Finished',
    backToList: '← Back to the list',
    counts: '0 draft · 1 finished',
  },
  'zh-CN': {
    offline: '离线',
    loadDemo: '加载演示数据',
    comment: '评议',
    finish: '标记为完成',
    concernRequired: '请至少选择一个 TBT 关注点。',
    clause: '条款 / 子条款',
    concern: '未以相关国际标准为基础（第 2.4 条）',
    commentZh: '意见（中文）',
    commentEn: '意见（英文）',
    referenceStandard: '参考标准',
    saved: '已保存',
    finished: '已完成',
    backToList: '← 返回列表',
    counts: '草稿 0 · 已完成 1',
  },
};

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

  for (const [locale, ui] of Object.entries(UI)) it(`in ${locale}: demo data → search in Chinese → open → the text layer on the glyphs → comment on a passage → finish → reload: all still there`, async () => {
    const app = await openOfflineApp(browser, { locale });
    const { page } = app;
    await eventually(() => page.getByTestId('network-state').textContent()).toBe(ui.offline);

    await page.getByRole('button', { name: ui.loadDemo }).click();
    const rows = page.getByTestId('notification-row');
    await eventually(() => rows.count()).toBeGreaterThanOrEqual(4);

    await page.getByTestId('search-input').fill('电动自行车');
    await eventually(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('G/TBT/N/CHN/2031');

    await rows.first().click();
    await eventually(() => page.getByTestId('review-symbol').textContent()).toContain('G/TBT/N/CHN/2031');

    // The invisible text layer lies on the printed glyphs (it once ran 22 % wider under zh-CN).
    const viewer = page.locator('[data-testid="screen-review"] [data-testid="pdf-viewer"]');
    const pageOne = viewer.locator('[data-testid="pdf-page-1"]');
    await pageOne.locator('.pdf-text-layer [data-item]').first().waitFor();
    const runs = await glyphRuns(await storedPdfBytes(page, (await viewer.getAttribute('data-file-name'))!), 1);
    const widthError = await textLayerWidthError(pageOne, runs);
    expect(widthError.spans).toBeGreaterThan(0);
    expect(widthError.pct, JSON.stringify(widthError.worst)).toBeLessThan(2);

    await selectPassage(page, '热失控');
    await page.getByRole('button', { name: ui.comment, exact: true }).click();
    const editor = page.getByTestId('comment-editor');
    await eventually(() => page.getByTestId('editor-quote').textContent()).toContain('热失控');

    // Finishing an incomplete comment says what is missing.
    await editor.getByRole('button', { name: ui.finish }).click();
    await eventually(() => editor.textContent()).toContain(ui.concernRequired);

    await editor.getByLabel(ui.clause).fill('3.2');
    await editor.getByLabel(ui.concern).check();
    await editor.getByLabel(ui.commentZh).fill('“热失控”的定义应与 IEC 62133-2:2017 第 3 章一致。');
    await editor.getByLabel(ui.commentEn).fill('Align the definition of “thermal runaway” with IEC 62133-2:2017, clause 3.');
    await editor.getByLabel(ui.referenceStandard).fill('IEC 62133-2:2017');
    await eventually(() => page.getByTestId('save-state').textContent()).toBe(ui.saved);
    await editor.getByRole('button', { name: ui.finish }).click();
    await eventually(() => page.getByTestId('editor-status').textContent()).toBe(ui.finished);

    await page.reload();
    await eventually(() => page.getByTestId('review-symbol').textContent()).toContain('G/TBT/N/CHN/2031');
    const listed = page.getByTestId('comment-row');
    await eventually(() => listed.count()).toBe(1);
    const row = await listed.first().textContent();
    expect(row).toContain('热失控');
    expect(row).toContain(ui.finished);
    await listed.first().click();
    await eventually(() => page.getByLabel(ui.commentEn).inputValue()).toBe('Align the definition of “thermal runaway” with IEC 62133-2:2017, clause 3.');
    await eventually(() => page.locator('.pdf-highlight').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: ui.backToList }).first().click();
    const chinaRow = page.getByTestId('notification-row').filter({ hasText: 'G/TBT/N/CHN/2031' });
    await eventually(() => chinaRow.getByTestId('status').textContent()).toBe(ui.finished);
    expect(await chinaRow.textContent()).toContain(ui.counts);

    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.context.close();
  });
});
