// Screenshots for the README, of the built app in Chromium with the demo data, in both languages:
// `npx vite build && npx tsx scripts/take-screenshots.ts`.
import { launchBrowser, openOfflineApp } from '../test/e2e/harness';

const browser = await launchBrowser();
for (const [locale, suffix] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  const { page, context } = await openOfflineApp(browser, { locale, viewport: { width: 1440, height: 860 } });
  await page.getByTestId('load-demo').click();
  await page.getByTestId('notification-row').nth(3).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `docs/screenshots/list-${suffix}.png` });

  await page.getByTestId('notification-row').filter({ hasText: 'G/TBT/N/CHN/2031' }).click();
  const span = page.locator('.textLayer span', { hasText: '热失控' }).first();
  await span.waitFor();
  await span.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const box = (await span.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: locale === 'en-US' ? 'Comment' : '评议', exact: true }).click();
  const editor = page.getByTestId('comment-editor');
  await editor.locator('input').first().fill('3.2');
  await editor.locator('input[type=checkbox]').first().check();
  await editor.locator('textarea').nth(0).fill('“热失控”的定义应与 IEC 62133-2:2017 第 3 章一致，并说明判定温升速率的试验条件。');
  await editor.locator('textarea').nth(1).fill('Align the definition of “thermal runaway” with IEC 62133-2:2017, clause 3, and state the test conditions for the rate of temperature rise.');
  await page.waitForTimeout(800);
  await page.screenshot({ path: `docs/screenshots/workspace-${suffix}.png` });
  await context.close();
}
await browser.close();
console.log('wrote docs/screenshots/*.png');
