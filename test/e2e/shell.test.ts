import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';

describe.runIf(chromiumAvailable())('the app shell in Chromium, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts with no network, says it is offline, and switches language at runtime', async () => {
    const app = await openOfflineApp(browser);
    const { page } = app;
    await expect.poll(() => page.getByTestId('network-state').textContent()).toBe('Offline');
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect.poll(() => page.getByTestId('network-state').textContent()).toBe('离线');
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(await page.evaluate(() => isSecureContext)).toBe(true);
    await app.context.close();
  });
});
