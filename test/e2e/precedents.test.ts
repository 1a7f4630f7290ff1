// A reviewer reuses a precedent, offline, in zh-CN and en: a finished comment on the US magnets
// notification (HS 9503, ICS toys, citing ISO 8124-1) is offered beside the EU toys regulation
// with its reasons, and one click starts a new comment from it that keeps its text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read);
}

const PRECEDENT = {
  id: 'precedent-usa-magnets',
  notificationId: 'G/TBT/N/USA/2215',
  anchor: null,
  clause: '4.2',
  paragraph: '',
  line: '',
  type: 'te',
  concerns: ['not_international_standard'],
  commentZh: '磁通量指数的限值应与 ISO 8124-1:2022 第 4.23 条一致。',
  commentEn: 'The flux index limit should follow ISO 8124-1:2022, 4.23.',
  proposedChangeZh: '',
  proposedChangeEn: '',
  referenceStandard: 'ISO 8124-1:2022',
  referenceClause: '4.23',
  status: 'finished',
  createdAt: '2025-11-02T08:00:00.000Z',
  updatedAt: '2025-11-02T08:00:00.000Z',
};

const LANGUAGES = [
  { locale: 'zh-CN', reason: '共有 HS 9503', text: PRECEDENT.commentZh, load: '加载演示数据' },
  { locale: 'en-US', reason: 'HS 9503 in common', text: PRECEDENT.commentEn, load: 'Load demo data' },
];

describe.skipIf(!chromiumAvailable())('precedents beside the comment editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const language of LANGUAGES) {
    it(`offers an earlier comment on a similar measure and starts a new comment from it (${language.locale})`, async () => {
      const { page, context } = await openOfflineApp(browser, { locale: language.locale });
      try {
        await page.getByTestId('load-demo').click();
        await eventually(() => page.getByTestId('notification-row').count()).toBeGreaterThanOrEqual(4);
        // The institute's history on this device: one finished comment, as if written last month.
        await page.evaluate(
          (comment) =>
            new Promise<void>((resolve, reject) => {
              const open = indexedDB.open('tbt-review-desk');
              open.onsuccess = () => {
                const tx = open.result.transaction('comments', 'readwrite');
                tx.objectStore('comments').put(comment);
                tx.oncomplete = () => {
                  open.result.close();
                  resolve();
                };
                tx.onerror = () => reject(tx.error);
              };
              open.onerror = () => reject(open.error);
            }),
          PRECEDENT,
        );
        await page.getByTestId('notification-row').filter({ hasText: 'G/TBT/N/EU/1148' }).first().click();
        await eventually(() => page.getByTestId('review-symbol').textContent()).toContain('G/TBT/N/EU/1148');
        await page.getByTestId('tab-precedents').click();
        const precedent = page.getByTestId('precedent').filter({ hasText: 'G/TBT/N/USA/2215' });
        await eventually(() => precedent.count()).toBe(1);
        const shown = (await precedent.textContent())!;
        expect(shown).toContain(language.reason);
        expect(shown).toContain('ISO 8124-1');
        expect(shown).toContain(language.text);
        await page.screenshot({ path: `test-results/precedents-${language.locale}.png` });

        await precedent.getByTestId('precedent-reuse').click();
        await eventually(() => page.getByTestId('comment-row').count()).toBe(1);
        await eventually(() => page.getByTestId('comment-editor').locator('textarea').first().inputValue()).toBe(PRECEDENT.commentZh);
        expect(await page.getByTestId('editor-precedent').textContent()).toContain('G/TBT/N/USA/2215');
        await page.screenshot({ path: `test-results/precedent-reused-${language.locale}.png` });
      } finally {
        await context.close();
      }
    });
  }
});
