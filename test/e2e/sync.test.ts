// Sync in Chromium against the real server on loopback: sign in, finish a comment while the
// browser is offline, come back online and see it reach the server; a conflict resolved on the
// conflict screen. Screenshots of the sign-in, status and conflict screens in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { APP_ORIGIN, chromiumAvailable, launchBrowser, openOfflineApp, type OfflineApp } from './harness';
import { login, startDemoServer, type DemoServer } from '../support/server/demoServer';
import { DEMO_PASSWORD } from '../support/server/fixtures';
import type { Comment } from '../../shared/domain/comment';
import type { PullResponse, ServerComment } from '../../shared/sync/protocol';

const TOYS = 'G/TBT/N/EU/1148';

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000 });
}

/** Every comment the user may see on the server, newest version of each. */
async function serverComments(url: string, username: string): Promise<Map<string, ServerComment>> {
  const { token } = await login(url, username);
  const comments = new Map<string, ServerComment>();
  let cursor: string | undefined;
  for (;;) {
    const response = await fetch(`${url}/sync/pull?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await response.json()) as PullResponse;
    for (const change of page.changes) if (change.kind === 'comment') comments.set(change.entityId, change.data);
    cursor = page.cursor;
    if (!page.hasMore) return comments;
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/sync-${name}.png` });
}

async function setLanguage(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await page.getByTestId('language-select').selectOption(language);
}

describe.runIf(chromiumAvailable())('sync with the central server in Chromium', () => {
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

  it('a comment finished offline reaches the server when the browser comes back online, and a conflict is resolved on its screen', async () => {
    const app: OfflineApp = await openOfflineApp(browser, { allowOrigins: [server.url] });
    const { page, context } = app;
    const indicator = page.getByTestId('sync-indicator');
    await eventually(() => indicator.textContent()).toContain('Not signed in');

    // Sign in (online). Chromium asks the user before a site may reach a server on this machine
    // (Local Network Access); the test answers yes, as the user would.
    await context.grantPermissions(['local-network-access'], { origin: APP_ORIGIN });
    await context.setOffline(false);
    await indicator.click();
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('Server address').fill(server.url);
    await form.getByLabel('User name').fill('reviewer');
    await form.getByLabel('Password').fill('wrong');
    await shoot(page, 'signin-en');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByTestId('sign-in-error').textContent()).toBe('The user name or password is wrong.');
    await setLanguage(page, 'zh-CN');
    await eventually(() => page.getByTestId('sign-in-error').textContent()).toBe('用户名或密码错误。');
    await shoot(page, 'signin-zh');
    await setLanguage(page, 'en');
    await form.getByLabel('Password').fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByTestId('sync-phase').textContent()).toBe('Up to date');
    await eventually(() => indicator.textContent()).toMatch(/^Synced /);

    // The assigned notification and its PDF arrived.
    await page.goto(`${page.url().split('#')[0]}#/review/${encodeURIComponent(TOYS)}`);
    await page.locator('[data-testid="screen-review"] .textLayer span').first().waitFor({ timeout: 20_000 });

    // Offline: finish a general comment.
    await context.setOffline(true);
    await eventually(() => page.getByTestId('network-state').textContent()).toBe('Offline');
    await page.getByRole('button', { name: '+ General comment' }).click();
    const editor = page.getByTestId('comment-editor');
    await editor.getByLabel('Not based on the relevant international standard (Art. 2.4)').check();
    await editor.getByLabel('Comment (English)').fill('Please refer to ISO 8124-1 for the limits.');
    await editor.getByRole('button', { name: 'Mark finished' }).click();
    await eventually(() => page.getByTestId('editor-status').textContent()).toBe('Finished');
    await eventually(() => indicator.textContent()).toContain('1 waiting');
    await shoot(page, 'offline-waiting-en');
    expect([...(await serverComments(server.url, 'secretary')).values()].map((c) => c.comment.commentEn)).not.toContain('Please refer to ISO 8124-1 for the limits.');

    // Online again: it is sent by itself, and the indicator shows the new last sync.
    const syncedBefore = await indicator.getAttribute('data-last-sync');
    await context.setOffline(false);
    await eventually(() => indicator.getAttribute('data-last-sync')).not.toBe(syncedBefore);
    await eventually(() => indicator.textContent()).toMatch(/^Synced \d{1,2}:\d{2}\s?[AP]M$/);
    await eventually(async () => [...(await serverComments(server.url, 'secretary')).values()].map((c) => [c.comment.commentEn, c.version, c.authorName])).toContainEqual([
      'Please refer to ISO 8124-1 for the limits.',
      1,
      'Li Wei (reviewer)',
    ]);
    const commentId = new URL(page.url()).hash.split('/').pop()!;

    await indicator.click();
    await eventually(() => page.getByTestId('sync-waiting').textContent()).toBe('0');
    await eventually(() => page.getByTestId('sync-last').textContent()).not.toBe('Never');
    await shoot(page, 'status-en');
    await setLanguage(page, 'zh-CN');
    await eventually(() => page.getByTestId('sync-phase').textContent()).toBe('已是最新');
    await shoot(page, 'status-zh');
    await setLanguage(page, 'en');

    // The same reviewer revises the comment on another device; then here, unaware of it.
    const other = await login(server.url, 'reviewer');
    const mine = (await serverComments(server.url, 'reviewer')).get(commentId)!.comment as Comment;
    const pushed = await fetch(`${server.url}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other.token}` },
      body: JSON.stringify({
        clientId: randomUUID(),
        mutations: [{ id: 1, op: 'comment.put', committeeId: other.user.committees[0]!.id, baseVersion: 1, comment: { ...mine, commentEn: 'Edited on the laptop: cite ISO 8124-1:2022, clause 4.' } }],
      }),
    });
    expect(pushed.status).toBe(200);

    await page.goto(`${page.url().split('#')[0]}#/review/${encodeURIComponent(TOYS)}/${commentId}`);
    await editor.getByRole('button', { name: 'Reopen' }).click();
    await editor.getByLabel('Comment (English)').fill('Please refer to ISO 8124-1 for the limits, and to EN 71-1.');
    await editor.getByRole('button', { name: 'Mark finished' }).click();
    await eventually(() => indicator.textContent()).toContain('1 conflict');

    await indicator.click();
    await page.getByTestId('conflict-list').getByRole('button', { name: 'Resolve' }).click();
    const view = page.getByTestId('conflict-view');
    await eventually(() => view.getByTestId('conflict-mine').textContent()).toContain('and to EN 71-1.');
    await eventually(() => view.getByTestId('conflict-theirs').textContent()).toContain('Edited on the laptop');
    await shoot(page, 'conflict-en');
    await setLanguage(page, 'zh-CN');
    await eventually(() => view.getByTestId('conflict-theirs').textContent()).toContain('服务器版本 2');
    await shoot(page, 'conflict-zh');
    await setLanguage(page, 'en');

    // Merge: both texts, edited into one.
    await view.getByRole('button', { name: 'Merge…' }).click();
    const merge = page.getByTestId('conflict-merge');
    await merge.getByLabel('Comment (English)').fill('Cite ISO 8124-1:2022, clause 4, and EN 71-1.');
    await shoot(page, 'merge-en');
    await merge.getByRole('button', { name: 'Save the merged comment' }).click();
    await page.getByTestId('sync-status').waitFor();
    await eventually(() => indicator.textContent()).toMatch(/^Synced /);
    await eventually(async () => {
      const c = (await serverComments(server.url, 'secretary')).get(commentId);
      return [c?.version, c?.comment.commentEn];
    }).toEqual([3, 'Cite ISO 8124-1:2022, clause 4, and EN 71-1.']);
    expect(await page.getByTestId('conflict-list').textContent()).toContain('No conflicts.');

    // Chromium logs failed requests: the wrong password (401) and requests tried while offline.
    expect(app.pageErrors.filter((e) => !/status of 401|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });
});
