// Three users across the real sync server on loopback, in Chromium: a reviewer finishes a comment
// offline and it reaches the server when the browser is back online; the committee secretary
// pulls it, assigns the reviewer as expert (the reviewer's computer shows it, with the comment
// locked after approval), compiles and approves, which locks the compilation on the server (a later revision by
// the reviewer is refused) and sends the approved position to the server; the desk officer, on a
// third computer, pulls that position, combines it and exports it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';
import { signIn } from './signIn';
import { login, startDemoServer, type DemoServer } from '../support/server/demoServer';
import { finishedComment } from '../support/server/fixtures';
import type { PushResponse } from '../../shared/sync/protocol';

const TOYS = 'G/TBT/N/EU/1148';
const TOYS_TITLE = 'Proposal for a Regulation of the European Parliament and of the Council on the safety of toys and repealing Directive 2009/48/EC';
const TEXT = 'The magnet flux limit of 50 kG²mm² should follow ISO 8124-1.';

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000 });
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}${hash}`);
}

describe.runIf(chromiumAvailable())('reviewer, secretary and desk officer across the sync server', () => {
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

  it('a comment finished offline is compiled, approved and locked on the server, then exported by the desk officer', async () => {
    // The reviewer, on their own computer.
    const reviewer = await openOfflineApp(browser, { allowOrigins: [server.url] });
    await signIn(reviewer.page, reviewer.context, server.url, 'reviewer');
    await open(reviewer.page, `#/review/${encodeURIComponent(TOYS)}`);
    await reviewer.page.getByTestId('screen-review').waitFor();
    await reviewer.context.setOffline(true);
    await eventually(() => reviewer.page.getByTestId('network-state').textContent()).toBe('Offline');
    await reviewer.page.getByRole('button', { name: '+ General comment' }).click();
    const editor = reviewer.page.getByTestId('comment-editor');
    await editor.getByLabel('Not based on the relevant international standard (Art. 2.4)').check();
    await editor.getByLabel('Comment (English)').fill(TEXT);
    await editor.getByRole('button', { name: 'Mark finished' }).click();
    await eventually(() => reviewer.page.getByTestId('sync-indicator').textContent()).toContain('1 waiting');
    await reviewer.context.setOffline(false);
    await eventually(() => reviewer.page.getByTestId('sync-indicator').textContent()).toMatch(/^Synced /);

    // The secretary, on another computer: only the compile link, the comment pulled with its author.
    const office = await openOfflineApp(browser, { allowOrigins: [server.url] });
    const page = office.page;
    await signIn(page, office.context, server.url, 'secretary');
    await open(page, `#/review/${encodeURIComponent(TOYS)}`);
    await page.getByTestId('screen-review').waitFor();
    expect(await page.getByTestId('open-submission').count()).toBe(0);
    await page.getByTestId('open-compile').click();
    await page.getByTestId('screen-compile').waitFor();
    const compiled = page.getByTestId('compiled-comment').filter({ hasText: 'By Li Wei (reviewer)' });
    await eventually(() => compiled.count()).toBe(1);
    expect(await compiled.locator('textarea').nth(2).inputValue()).toBe(TEXT);
    expect(await page.getByTestId('screen-compile').textContent()).toContain('Committee TC-TOYS');
    // The secretary assigns the reviewer as an expert and sees their progress: one finished comment.
    const expert = page.getByTestId('expert-row').filter({ hasText: 'Li Wei (reviewer)' });
    await eventually(() => expert.count()).toBe(1);
    expect(await expert.locator('td').nth(2).textContent()).toBe('1');
    expect(await expert.locator('td').nth(4).textContent()).toBe('Has finished comments');
    await expert.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Save assignment' }).click();
    await eventually(() => page.getByTestId('experts-message').textContent()).toBe('Saved on the server; the experts receive it on their next sync.');
    await page.screenshot({ path: '/tmp/compile-experts-en.png' });
    await page.getByTestId('language-select').selectOption('zh-CN');
    await eventually(() => page.getByTestId('experts-panel').locator('summary').textContent()).toBe('专家与进度');
    await page.screenshot({ path: '/tmp/compile-experts-zh.png' });
    await page.getByTestId('language-select').selectOption('en');

    await compiled.getByLabel('Decision').selectOption('accepted');
    await page.getByRole('button', { name: 'Approve and lock' }).click();
    await eventually(() => page.getByTestId('server-lock').textContent()).toBe('The compilation is also locked on the server: experts can no longer revise or withdraw its comments.');

    // The server now refuses any further comment on the locked compilation.
    const { token, user } = await login(server.url, 'reviewer');
    const push = await fetch(`${server.url}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: randomUUID(), mutations: [{ id: 1, op: 'comment.put', committeeId: user.committees[0]!.id, baseVersion: null, comment: finishedComment(TOYS, 'too late') }] }),
    });
    expect(((await push.json()) as PushResponse).results).toEqual([{ id: 1, status: 'rejected', reason: 'locked' }]);

    // The reviewer's computer pulls the lock: the finished comment shows locked, with no way to reopen it.
    await reviewer.page.reload();
    await reviewer.page.getByTestId('screen-review').waitFor();
    await reviewer.page.getByTestId('comment-row').filter({ hasText: 'magnet flux' }).click();
    await eventually(() => reviewer.page.getByTestId('comment-locked').count()).toBe(1);
    expect(await reviewer.page.getByTestId('assigned-to-me').textContent()).toBe('Assigned to you');
    expect(await reviewer.page.getByTestId('comment-editor').getByRole('button', { name: 'Reopen' }).count()).toBe(0);

    // The approved position leaves the secretary's outbox (queued at approval, before the lock answer).
    await eventually(async () => /^Synced /.test((await page.getByTestId('sync-indicator').textContent()) ?? '') && !(await page.getByTestId('sync-indicator').textContent())!.includes('waiting')).toBe(true);

    // The desk officer, on their own computer, pulls the approved position.
    const desk = await openOfflineApp(browser, { allowOrigins: [server.url] });
    const officer = desk.page;
    await signIn(officer, desk.context, server.url, 'officer');
    await open(officer, `#/review/${encodeURIComponent(TOYS)}`);
    await officer.getByTestId('screen-review').waitFor();
    expect(await officer.getByTestId('open-compile').count()).toBe(0);
    await officer.getByTestId('open-submission').click();
    await officer.getByTestId('screen-submission').waitFor();
    expect(await officer.getByTestId('submission-subject').textContent()).toBe(`Subject: Comments of China on ${TOYS} – ${TOYS_TITLE}`);
    await eventually(() => officer.getByTestId('screen-submission').textContent()).toContain('Approved positions: TC-TOYS');

    // Export waits for a complete letter: the officer's computer has no sender yet.
    await officer.getByTestId('sender-name').fill('Li Wei');
    await officer.getByTestId('sender-organisation').fill('WTO/TBT Enquiry Point of China');
    await officer.getByTestId('sender-email').fill('tbt@example.cn');
    await eventually(() => officer.getByTestId('letter-problems').count()).toBe(0);

    const event = officer.waitForEvent('download');
    await officer.getByRole('button', { name: 'Comment table (DOCX)', exact: true }).click();
    const file = await event;
    const path = join(mkdtempSync(join(tmpdir(), 'tbt-three-users-')), file.suggestedFilename());
    await file.saveAs(path);
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
    expect(xml).toContain('The magnet flux limit of 50 kG²mm² should follow ISO 8124-1.');
    expect(xml).toContain('Observations of the secretariat');
    expect(reviewer.pageErrors).toEqual([]);
    expect(office.pageErrors).toEqual([]);
    expect(desk.pageErrors).toEqual([]);
  });
});
