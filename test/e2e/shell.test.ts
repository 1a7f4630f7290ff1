import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp, APP_URL } from './harness';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

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

  it('is served with the Content-Security-Policy header Electron sends, which refuses inline script', async () => {
    const app = await openOfflineApp(browser);
    const { page } = app;
    const response = await page.reload();
    expect(response?.url()).toBe(APP_URL);
    expect(await response?.headerValue('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const refused = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true, violations };
    });
    expect(refused.inlineRan).toBe(false);
    expect(refused.violations).toContain('script-src-elem');
    expect(app.blockedRequests).toEqual([]);
    await app.context.close();
  });
});
