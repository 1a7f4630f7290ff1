// The secretary manages her committee's experts from the app, in English and Chinese: creates an
// expert account (who then activates it with the code shown), adds an existing expert, removes one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';
import { signIn } from './signIn';
import { startDemoServer, type DemoServer } from '../support/server/demoServer';

const TOYS = 'G/TBT/N/EU/1148';

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 30_000 });
}

describe.runIf(chromiumAvailable())('a secretary manages her committee’s experts', () => {
  let browser: Browser;
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates, adds and removes experts on the server, in English and in Chinese', async () => {
    const { page, context } = await openOfflineApp(browser, { allowOrigins: [server.url] });
    await signIn(page, context, server.url, 'secretary');
    await page.goto(`${page.url().split('#')[0]}#/review/${encodeURIComponent(TOYS)}`);
    await page.getByTestId('screen-review').waitFor();
    await page.getByTestId('open-compile').click();
    const panel = page.getByTestId('members-panel');
    await panel.locator('summary').click();
    const rows = panel.getByTestId('member-row');
    await eventually(() => rows.allTextContents()).toEqual([expect.stringContaining('Li Wei (reviewer)')]);

    // A new expert account: the one-time code is shown, and it really opens the account.
    await panel.getByTestId('member-new-username').fill('liu.yang');
    await panel.getByTestId('member-new-name').fill('刘洋');
    await panel.getByRole('button', { name: 'Create expert account' }).click();
    const notice = panel.getByTestId('members-notice');
    await eventually(() => notice.textContent()).toContain('Account liu.yang created');
    const code = /([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})/.exec((await notice.textContent())!)![1]!;
    await eventually(() => rows.count()).toBe(2);
    await page.screenshot({ path: '/tmp/committee-members-en.png', fullPage: true });
    const activated = await fetch(`${server.url}/auth/activate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'liu.yang', code, password: 'her-own-password' }) });
    expect(activated.status).toBe(200);

    // An existing expert of another committee, whose app has long synced, joins this one: her next
    // sync brings the committee's notifications assigned before she joined.
    const expert = await openOfflineApp(browser, { allowOrigins: [server.url] });
    await signIn(expert.page, expert.context, server.url, 'reviewer2');
    const listed = expert.page.locator(`[data-testid="notification-row"][data-symbol="${TOYS}"]`);
    await expert.page.goto(`${expert.page.url().split('#')[0]}#/`);
    await expert.page.getByTestId('notification-row').first().waitFor();
    expect(await listed.count()).toBe(0);
    await panel.getByTestId('member-add-username').fill('reviewer2');
    await panel.getByRole('button', { name: 'Add existing expert' }).click();
    await eventually(() => rows.count()).toBe(3);
    expect(await notice.textContent()).toBe('Added to the committee.');
    await expert.page.goto(`${expert.page.url().split('#')[0]}#/sync`);
    await expert.page.getByRole('button', { name: 'Sync now' }).click();
    await expert.page.goto(`${expert.page.url().split('#')[0]}#/`);
    await eventually(() => listed.count()).toBe(1);
    expect(expert.pageErrors).toEqual([]);
    await expert.context.close();

    // In Chinese: remove the new expert; a refusal reads in Chinese too.
    await page.getByTestId('language-select').selectOption('zh-CN');
    await eventually(() => panel.locator('summary').textContent()).toBe('TC-TOYS 的专家');
    page.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: '将 刘洋 移出技术委员会' }).click();
    await eventually(() => notice.textContent()).toBe('已移出技术委员会。');
    await eventually(() => rows.count()).toBe(2);
    await panel.getByTestId('member-add-username').fill('officer');
    await panel.getByRole('button', { name: '添加已有专家' }).click();
    await eventually(() => notice.textContent()).toBe('该账号不是专家账号；其他角色由管理员调整。');
    await page.screenshot({ path: '/tmp/committee-members-zh.png', fullPage: true });
    await context.close();
  });
});
