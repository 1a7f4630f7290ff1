// Sync as a new user meets it, in Chromium against the real demo server on loopback:
// - load the demo data set, then sign in: the list and the review screen show what they showed
//   before (codes, dates, full titles, one copy of each PDF), and the committee's secretary sees
//   the same deadlines;
// - a comment finished after the secretary locked the compilation is refused: the header asks for
//   the user's attention and the comment says it was not accepted, why, and what to do, in English
//   and in Chinese (screenshots of both).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';
import { signIn } from './signIn';
import { login, startDemoServer, type DemoServer } from '../support/server/demoServer';

const TOYS = 'G/TBT/N/EU/1148';
const MAGNETS = 'G/TBT/N/USA/2215';

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 30_000 });
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}${hash}`);
}

function rowOf(page: Page, symbol: string) {
  return page.getByTestId('notification-row').filter({ has: page.getByTestId('symbol').getByText(symbol, { exact: true }) });
}

/** The list row of a notification, as the user reads it (its badges load a moment after the row). */
async function listRow(page: Page, symbol: string): Promise<string> {
  if (!page.url().endsWith('#/notifications')) await open(page, '#/notifications');
  const row = rowOf(page, symbol);
  await row.waitFor();
  return (await row.textContent()) ?? '';
}

/** The review screen's notification tab, the deadline badge and the notified texts to choose from. */
async function reviewData(page: Page, symbol: string): Promise<{ data: string; deadline: string; documents: string[] }> {
  await open(page, `#/review/${encodeURIComponent(symbol)}`);
  await page.getByTestId('screen-review').waitFor();
  await page.getByTestId('tab-notification').click();
  const data = page.getByTestId('notification-data');
  await data.waitFor();
  const documents = await page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('tbt-review-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('documents').objectStore('documents').index('notificationId').getAll(id);
          all.onsuccess = () => resolve((all.result as { fileName: string; sha256: string }[]).map((d) => `${d.fileName} ${d.sha256}`));
        };
      }),
    symbol,
  );
  return { data: (await data.textContent()) ?? '', deadline: (await page.getByTestId('days-left').first().textContent()) ?? '', documents };
}

async function lockCompilation(url: string, notificationId: string, locked: boolean): Promise<void> {
  const { token, user } = await login(url, 'secretary');
  const response = await fetch(`${url}/compilations/lock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ notificationId, committeeId: user.committees[0]!.id, locked }),
  });
  expect(response.ok).toBe(true);
}

describe.runIf(chromiumAvailable())('signing in with local data, and refused comments, in Chromium', () => {
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

  it('signing in after loading the demo keeps what the list and the review screen showed; the secretary sees the same deadlines', async () => {
    const reviewer = await openOfflineApp(browser, { allowOrigins: [server.url] });
    const page = reviewer.page;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('notification-row').first().waitFor();

    // The toys notification is 6 days from its deadline: past the internal deadline, so its badge shows.
    await listRow(page, TOYS);
    await rowOf(page, TOYS).getByTestId('internal-deadline-badge').waitFor();
    const before = { row: await listRow(page, TOYS), magnets: await listRow(page, MAGNETS), review: await reviewData(page, TOYS) };
    expect(before.review.data).toContain('9503'); // HS code
    expect(before.review.data).toContain('97.200.50'); // ICS code
    expect(before.review.data).toContain('repealing Directive 2009/48/EC'); // the full title
    expect(before.review.documents).toHaveLength(1);

    await signIn(page, reviewer.context, server.url, 'reviewer');
    await eventually(() => page.getByTestId('sync-indicator').textContent()).toMatch(/^Synced /);

    await eventually(() => listRow(page, TOYS)).toBe(before.row);
    await eventually(() => listRow(page, MAGNETS)).toBe(before.magnets);
    const after = await reviewData(page, TOYS);
    expect(after.data).toBe(before.review.data);
    expect(after.deadline).toBe(before.review.deadline);
    expect(after.documents).toEqual(before.review.documents); // the same PDF, once

    // The secretary, on a computer with nothing loaded, sees the same deadlines.
    const office = await openOfflineApp(browser, { allowOrigins: [server.url] });
    await signIn(office.page, office.context, server.url, 'secretary');
    const deadlineOf = async (p: Page, symbol: string) => {
      await listRow(p, symbol);
      return rowOf(p, symbol).getByTestId('deadline').textContent();
    };
    for (const symbol of [TOYS, MAGNETS]) expect(await deadlineOf(office.page, symbol), symbol).toBe(await deadlineOf(page, symbol));
    expect((await reviewData(office.page, TOYS)).deadline).toBe(after.deadline);

    expect(reviewer.pageErrors.filter((e) => !/status of 401|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await reviewer.context.close();
    await office.context.close();
  });

  it('a comment finished after the secretary locked the compilation is marked refused, with the reason and what to do, in English and Chinese', async () => {
    const reviewer = await openOfflineApp(browser, { allowOrigins: [server.url] });
    const page = reviewer.page;
    const indicator = page.getByTestId('sync-indicator');
    await signIn(page, reviewer.context, server.url, 'reviewer');
    await open(page, `#/review/${encodeURIComponent(MAGNETS)}`);
    await page.getByTestId('screen-review').waitFor();
    await eventually(() => indicator.textContent()).toMatch(/^Synced /);

    // The reviewer starts a comment; meanwhile the secretary approves and locks the compilation.
    await page.getByRole('button', { name: '+ General comment' }).click();
    const editor = page.getByTestId('comment-editor');
    await editor.getByLabel('Not based on the relevant international standard (Art. 2.4)').check();
    await editor.getByLabel('Comment (English)').fill('The flux index limit should follow ISO 8124-1:2022, 4.5.');
    await lockCompilation(server.url, MAGNETS, true);
    await editor.getByRole('button', { name: 'Mark finished' }).click();

    // The header does not say "Synced": something needs the user.
    await eventually(() => indicator.textContent()).toBe('Needs your attention1 not accepted');
    expect(await indicator.getAttribute('data-tone')).toBe('warn');
    // The comment itself says so, in the list and in the editor, with the reason and what to do.
    const row = page.getByTestId('comment-row').filter({ hasText: 'flux index limit' });
    await eventually(() => row.getByTestId('comment-refused').textContent()).toBe('Not accepted');
    const notice = editor.getByTestId('comment-refused-notice');
    await eventually(() => notice.getByTestId('refused-reason').textContent()).toBe('The secretary has locked the compilation for this notification.');
    expect(await notice.getByTestId('refused-advice').textContent()).toContain('Ask the secretary to unlock the compilation, then reopen the comment and mark it finished again');
    expect(await notice.getAttribute('role')).toBe('alert');
    await page.screenshot({ path: '/tmp/sync-refused-en.png' });
    await indicator.screenshot({ path: '/tmp/sync-refused-header-en.png' });

    await page.getByTestId('language-select').selectOption('zh-CN');
    await eventually(() => indicator.textContent()).toBe('需要您处理1 条未被接受');
    await eventually(() => row.getByTestId('comment-refused').textContent()).toBe('未被接受');
    expect(await notice.getByTestId('refused-reason').textContent()).toBe('秘书已锁定该通报的意见汇总。');
    expect(await notice.getByTestId('refused-advice').textContent()).toContain('请联系秘书解除汇总锁定');
    await page.screenshot({ path: '/tmp/sync-refused-zh.png' });
    await indicator.screenshot({ path: '/tmp/sync-refused-header-zh.png' });
    await page.getByTestId('language-select').selectOption('en');

    // The sync screen lists it too; after the unlock, reopening and finishing sends it.
    await lockCompilation(server.url, MAGNETS, false);
    await open(page, '#/sync');
    await eventually(() => page.getByTestId('rejections').textContent()).toContain('Ask the secretary to unlock the compilation');
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => page.getByTestId('sync-phase').textContent()).toBe('Up to date');
    await open(page, `#/review/${encodeURIComponent(MAGNETS)}`);
    await row.click();
    await editor.getByRole('button', { name: 'Reopen' }).click();
    await editor.getByRole('button', { name: 'Mark finished' }).click();
    await eventually(() => indicator.textContent()).toMatch(/^Synced /);
    expect(await row.getByTestId('comment-refused').count()).toBe(0);
    expect(await editor.getByTestId('comment-refused-notice').count()).toBe(0);

    expect(reviewer.pageErrors.filter((e) => !/status of 401|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await reviewer.context.close();
  });
});
