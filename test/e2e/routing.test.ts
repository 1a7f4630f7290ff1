// The admin routes the week's new notifications from suggestions, in zh-CN and en: two notifications
// came in this week (ePing import) and the committees' scopes were imported (both with the admin
// CLI); the routing screen ranks committees for each with its reasons (scope matched, who took
// the earlier notifications with these codes, which expert commented); the admin accepts one
// suggestion, then every remaining top suggestion at once. The reviewer of the chosen committee
// then finds the notification on their computer and starts a comment from a precedent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { APP_ORIGIN, chromiumAvailable, launchBrowser, openOfflineApp } from './harness';
import { signIn } from './signIn';
import { login } from '../support/server/demoServer';
import { adminCli, finishedComment, freshDatabase } from '../support/server/fixtures';
import { ServerProcess } from '../support/server/serverProcess';
import { localToday } from '../../renderer/lib/localToday';
import type { PushResponse } from '../../shared/sync/protocol';

const TOYS = 'G/TBT/N/JPN/901';
const BATTERIES = 'G/TBT/N/KOR/902';
const EARLIER_TOYS = 'G/TBT/N/USA/2215';
const EARLIER_COMMENT = 'Magnet flux limits should follow ISO 8124-1';

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';

const LANGUAGES = [
  {
    language: 'zh-CN',
    tab: '本周分配',
    reasons: ['ICS 97.200.50 在范围内（97.200）', 'HS 950300 在范围内（9503）', '份含 HS 9503 的通报中有', '专家 Li Wei (reviewer) 评议过其中 1 份'],
    assigned: '已分配给 TC-TOYS',
    allDone: '已分配 1 / 1 份。',
    precedentReason: '共有 HS 9503',
    scopeSaved: '范围已保存，技术委员会下次同步时收到。',
  },
  {
    language: 'en',
    tab: 'Assign this week',
    reasons: ['ICS 97.200.50 in scope (97.200)', 'HS 950300 in scope (9503)', 'notifications with HS 9503 went to this committee', 'expert Li Wei (reviewer) commented on 1 of them'],
    assigned: 'Assigned to TC-TOYS',
    allDone: '1 of 1 assigned.',
    precedentReason: 'HS 9503 in common',
    scopeSaved: 'Scope saved; it reaches the committee with its next sync.',
  },
] as const;

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000 });
}

/** The demo server with this week's two new notifications and the committees' scopes, imported with the admin CLI. */
async function startRoutingServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const db = await freshDatabase('pglite');
  await adminCli(db.env, 'seed-demo');
  const dir = await mkdtemp(join(tmpdir(), 'tbt-routing-'));
  const today = localToday();
  await writeFile(
    join(dir, 'week.csv'),
    csv([
      ['Document symbol', 'Notifying Member', 'Distribution date', 'Title', 'Products covered', 'HS code(s)', 'ICS code(s)', 'Final date for comments'],
      [TOYS, 'Japan', today, 'Safety standards for toys', 'Toys', '950300 - Toys', '97.200.50 - Toys', '2099-01-31'],
      [BATTERIES, 'Korea, Republic of', today, 'Lithium-ion batteries for electric bicycles', 'Batteries', '850760 - Lithium-ion accumulators', '29.220.30 - Alkaline secondary cells', '2099-01-31'],
    ]),
  );
  await writeFile(
    join(dir, 'scopes.csv'),
    csv([
      ['code', 'ICS', 'HS', 'keywords zh', 'keywords en'],
      ['TC-TOYS', '97.200', '9503; 9504', '玩具', 'toys'],
      ['TC-ELEC', '29.220; 97.030', '8507; 8509', '电池', 'batteries'],
    ]),
  );
  await adminCli(db.env, 'import-eping', join(dir, 'week.csv'));
  expect(JSON.parse(await adminCli(db.env, 'import-scopes', join(dir, 'scopes.csv'), '--dry-run'))).toMatchObject({ dryRun: true, created: 2, problems: [] });
  expect(JSON.parse(await adminCli(db.env, 'import-scopes', join(dir, 'scopes.csv')))).toMatchObject({ created: 2 });
  const server = new ServerProcess({ ...db.env, CORS_ORIGINS: APP_ORIGIN });
  await server.start();
  // The reviewer's earlier comment on a toys notification: the institute's history, and the precedent.
  const { token, user } = await login(server.url, 'reviewer');
  const push = await fetch(`${server.url}/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: randomUUID(), mutations: [{ id: 1, op: 'comment.put', committeeId: user.committees[0]!.id, baseVersion: null, comment: finishedComment(EARLIER_TOYS, EARLIER_COMMENT) }] }),
  });
  expect(((await push.json()) as PushResponse).results[0]!.status).toBe('applied');
  return {
    url: server.url,
    async stop() {
      await server.kill();
      await db.drop();
    },
  };
}

async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.getByTestId('language-select').selectOption(language);
}

describe.runIf(chromiumAvailable())('the admin assigns the week from routing suggestions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGUAGES) {
    it(`suggestions with their reasons, accepted one by one and all at once; the reviewer reuses a precedent (${lang.language})`, async () => {
      const server = await startRoutingServer();
      try {
        const admin = await openOfflineApp(browser, { allowOrigins: [server.url] });
        await signIn(admin.page, admin.context, server.url, 'admin');
        await chooseLanguage(admin.page, lang.language);
        await admin.page.getByTestId('nav-routing').click();
        await eventually(() => admin.page.getByTestId('routing-tab-assign').textContent()).toBe(lang.tab);
        const rows = admin.page.getByTestId('routing-row');
        await eventually(() => rows.count()).toBe(2);
        const toys = rows.filter({ hasText: TOYS });
        const top = toys.getByTestId('routing-suggestion').first();
        expect(await top.locator('strong').textContent()).toBe('TC-TOYS');
        const reasons = (await top.getByTestId('routing-reasons').textContent())!;
        for (const reason of lang.reasons) expect(reasons).toContain(reason);
        expect(await rows.filter({ hasText: BATTERIES }).getByTestId('routing-suggestion').first().locator('strong').textContent()).toBe('TC-ELEC');
        await admin.page.screenshot({ path: `docs/screenshots/routing-${lang.language === 'en' ? 'en' : 'zh'}.png` });

        // One suggestion accepted with one action, then every remaining top suggestion at once.
        await top.getByTestId('routing-accept').click();
        await eventually(() => toys.getByTestId('routing-assigned').textContent()).toBe(lang.assigned);
        await admin.page.getByTestId('routing-accept-all').click();
        await eventually(() => admin.page.getByTestId('routing-accept-all-done').textContent()).toBe(lang.allDone);
        await eventually(() => rows.filter({ hasText: BATTERIES }).getByTestId('routing-assigned').count()).toBe(1);
        // Nothing is left to route this week.
        await admin.page.getByRole('button', { name: lang.language === 'en' ? 'Refresh' : '刷新' }).click();
        await eventually(() => rows.count()).toBe(0);

        // The admin widens TC-TOYS's scope in the editor; the server keeps it.
        await admin.page.getByTestId('routing-tab-scopes').click();
        const committee = admin.page.getByTestId('scope-committee');
        await eventually(() => committee.locator('option', { hasText: 'TC-TOYS' }).count()).toBe(1);
        await committee.selectOption({ label: (await committee.locator('option', { hasText: 'TC-TOYS' }).textContent())! });
        await eventually(() => admin.page.getByTestId('scope-ics').inputValue()).toBe('97.200');
        await admin.page.getByTestId('scope-ics').fill('97.200\n97.220.40');
        await admin.page.getByTestId('scope-save').click();
        await eventually(() => admin.page.getByRole('status').textContent()).toBe(lang.scopeSaved);
        const { token: adminToken } = await login(server.url, 'admin');
        const scopes = (await (await fetch(`${server.url}/admin/scopes`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as { scopes: { committeeCode: string; ics: string[] }[] };
        expect(scopes.scopes.find((s) => s.committeeCode === 'TC-TOYS')?.ics).toEqual(['97.200', '97.220.40']);

        // The reviewer of TC-TOYS, on their own computer: the notification has arrived, and the earlier comment is offered as a precedent.
        const reviewer = await openOfflineApp(browser, { allowOrigins: [server.url] });
        await signIn(reviewer.page, reviewer.context, server.url, 'reviewer');
        await chooseLanguage(reviewer.page, lang.language);
        await reviewer.page.goto(`${reviewer.page.url().split('#')[0]}#/`);
        const listed = (symbol: string) => reviewer.page.locator(`[data-testid="notification-row"][data-symbol="${symbol}"]`);
        await eventually(() => listed(TOYS).count()).toBe(1);
        expect(await listed(BATTERIES).count()).toBe(0);
        await listed(TOYS).click();
        await eventually(() => reviewer.page.getByTestId('review-symbol').textContent()).toContain(TOYS);
        await reviewer.page.getByTestId('tab-precedents').click();
        const precedent = reviewer.page.getByTestId('precedent').filter({ hasText: EARLIER_TOYS });
        await eventually(() => precedent.count()).toBe(1);
        expect(await precedent.textContent()).toContain(lang.precedentReason);
        await precedent.getByTestId('precedent-reuse').click();
        await eventually(() => reviewer.page.getByTestId('comment-row').count()).toBe(1);
        await eventually(() => reviewer.page.getByTestId('comment-editor').locator('textarea').nth(1).inputValue()).toBe(`Comment: ${EARLIER_COMMENT}`);
        expect(admin.pageErrors).toEqual([]);
        expect(reviewer.pageErrors).toEqual([]);
      } finally {
        await server.stop();
      }
    });
  }
});
