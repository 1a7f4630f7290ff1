// The desk officer's flow in Chromium, offline, in the Chinese and the English interface: a committee
// position is approved; the list shows it ready to send; the submission lists what is missing
// (sender, English for a comment given in Chinese only, "表 1" typed in a field that goes out as is)
// and refuses to export until it is filled in; the English letter and table carry every field the
// expert typed and no Chinese; the internal Chinese table is Chinese throughout; once recorded as
// sent, the list says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { APP_URL, chromiumAvailable, launchBrowser, openOfflineApp } from './harness';

const SYMBOL = 'G/TBT/N/EU/1200';
const TITLE = 'Draft Commission Regulation on the safety of toys';
const CJK = /[\u3400-\u9FFF\u3000-\u303F\uFF00-\uFFEF]/u;

const UI = {
  en: {
    ready: 'Ready to send',
    sent: 'Sent',
    problemSender: 'Sender: Name',
    problemText: 'Comment 2 (4.2): paragraph/figure/table, comment in the letter’s language (given in Chinese only)',
    name: 'Name',
    organisation: 'Organisation',
    email: 'E-mail',
    letterDocx: 'Letter (DOCX)',
    tableDocx: 'Comment table (DOCX)',
    csv: 'CSV',
    record: 'Record as sent',
  },
  'zh-CN': {
    ready: '待发送',
    sent: '已发送',
    problemSender: '发件人姓名',
    problemText: '第 2 条意见（4.2）：段落/图/表、意见（仅有中文，需以提交语言填写）',
    name: '姓名',
    organisation: '单位',
    email: '电子邮件',
    letterDocx: '评议函（DOCX）',
    tableDocx: '意见表（DOCX）',
    csv: 'CSV',
    record: '记录为已发送',
  },
} as const;

function notification() {
  return {
    id: SYMBOL, agreement: 'TBT', memberCode: 'EU', number: 1200, suffixes: [], baseSymbol: SYMBOL, parentSymbol: null, type: 'regular',
    member: 'European Union', agency: 'European Commission', notifiedUnder: '2.9.2', products: 'Toys',
    hsCodes: [{ code: '9503', description: 'Toys' }], icsCodes: [], title: TITLE, pages: '14 pages', languages: 'English',
    description: 'Chemical requirements for toys.', objectives: ['Protection of human health or safety'], relevantDocuments: '',
    proposedAdoption: '', proposedEntryIntoForce: '', finalDateForComments: '2099-03-01',
    textsAvailableFrom: 'EU-TBT Enquiry Point\nEuropean Commission\nB-1049 Brussels', distributionDate: '2026-01-05',
    keywords: [], regionsAffected: '', notifiedDocumentUrls: ['https://docs.test/EU1200.pdf'], links: [{ url: 'https://eping.test/EU1200', label: 'ePing' }],
    source: 'test', importedAt: '2026-01-06T00:00:00.000Z', updatedAt: '2026-01-06T00:00:00.000Z',
  };
}

function compiled(id: string, order: number, fields: Record<string, unknown>) {
  return {
    id: `cc:${id}`, notificationId: SYMBOL, sourceCommentIds: [id], decision: 'accepted', observation: '同意。', clause: '', paragraph: '', line: '',
    type: 'te', concerns: [], commentZh: '', commentEn: '', proposedChangeZh: '', proposedChangeEn: '', referenceStandard: '', referenceClause: '', order, ...fields,
  };
}

const POSITION = {
  notificationId: SYMBOL,
  committeeId: 'tc253',
  committee: { id: 'tc253', code: 'SAC/TC 253', name: '全国玩具标准化技术委员会' },
  approved: true,
  approvedAt: '2026-02-10T08:00:00.000Z',
  locked: true,
  updatedAt: '2026-02-10T08:00:00.000Z',
  serverLockedAt: null,
  compiled: [
    compiled('general', 0, {
      type: 'ge', concerns: ['transition_period'], commentZh: '过渡期过短。', commentEn: 'The transition period of six months is too short.',
      proposedChangeZh: '延长至 24 个月。', proposedChangeEn: 'Extend it to 24 months.',
    }),
    compiled('lead', 1, {
      clause: '4.2', paragraph: '表 1', line: '12', concerns: ['not_international_standard'],
      commentZh: '铅限量严于 ISO 8124-1:2022 的 5.2 条。', commentEn: '', proposedChangeZh: '采用国际标准限值。', proposedChangeEn: 'Use the limits of the international standard.',
      referenceStandard: 'ISO 8124-1:2022', referenceClause: '5.2',
    }),
  ],
};

async function seed(page: Page) {
  await page.goto(`${APP_URL}#/submission/${encodeURIComponent(SYMBOL)}`);
  await page.getByTestId('submission-not-found').waitFor();
  await page.evaluate(
    async ({ notification, position }) => {
      const open = indexedDB.open('tbt-review-desk');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['notifications', 'positions'], 'readwrite');
      tx.objectStore('notifications').put(notification);
      tx.objectStore('positions').put(position);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { notification: notification(), position: POSITION },
  );
  // Dexie caches live queries in memory; rows written behind its back show after a reload.
  await page.reload();
}

async function download(page: Page, button: string, dir: string): Promise<string> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await event;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function documentText(path: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:p[ >]/g)].map((m) => m[1] ?? '\n').join('');
}

/** The whole submission screen, its inner scroll area included. */
async function screenshot(page: Page, path: string) {
  const height = await page.locator('[data-testid="screen-submission"] > div:last-child').evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 1400, height: Math.min(height + 100, 4000) });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1400, height: 900 });
}

describe.runIf(chromiumAvailable())("the desk officer's flow (Chromium, offline)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    const ui = UI[language];
    it(`in the ${language} interface: ready to send, blocked until complete, every field exported, languages apart, then sent`, async () => {
      const { page, blockedRequests, pageErrors } = await openOfflineApp(browser, { locale: language === 'en' ? 'en-US' : 'zh-CN' });
      await seed(page);
      await page.goto(`${APP_URL}#/`);
      await page.getByTestId('language-select').selectOption(language);

      // The list: the approved position waits to be sent, and the filter finds it.
      await page.getByTestId('filter-submission').selectOption('ready_to_send');
      await expect.poll(() => page.getByTestId('notification-row').count()).toBe(1);
      await expect.poll(() => page.getByTestId('submission-badge').first().textContent()).toBe(ui.ready);
      await page.screenshot({ path: `/tmp/officer-list-ready-${language}.png` });
      await page.getByTestId('filter-submission').selectOption('sent');
      await expect.poll(() => page.getByTestId('notification-row').count()).toBe(0);
      await page.getByTestId('filter-submission').selectOption('');

      await page.goto(`${APP_URL}#/submission/${encodeURIComponent(SYMBOL)}`);
      await page.getByTestId('screen-submission').waitFor();
      // Sender and addressee come before anything else; the addressee keeps its line breaks.
      expect(await page.getByTestId('letter-head').locator('textarea').first().inputValue()).toBe('EU-TBT Enquiry Point\nEuropean Commission\nB-1049 Brussels');
      const problems = page.getByTestId('letter-problems');
      await expect.poll(() => problems.textContent()).toContain(ui.problemSender);
      expect(await problems.textContent()).toContain(ui.problemText);
      expect(await page.getByRole('button', { name: ui.letterDocx, exact: true }).isDisabled()).toBe(true);
      await screenshot(page, `/tmp/officer-submission-blocked-${language}.png`);

      await page.getByTestId('sender-name').fill('Li Wei');
      await page.getByTestId('sender-organisation').fill('WTO/TBT Enquiry Point of China');
      await page.getByTestId('sender-email').fill('tbt@example.cn');
      await page.getByTestId('fill-in-paragraph').fill('Table 1');
      await page.getByTestId('fill-in-comment').fill('The lead limit is stricter than clause 5.2 of ISO 8124-1:2022.');
      await expect.poll(() => problems.count()).toBe(0);
      // What the officer typed is kept on this computer: a reload does not lose it.
      await page.reload();
      await page.getByTestId('screen-submission').waitFor();
      await expect.poll(() => page.getByTestId('fill-in-comment').inputValue()).toBe('The lead limit is stricter than clause 5.2 of ISO 8124-1:2022.');
      expect(await page.getByTestId('sender-email').inputValue()).toBe('tbt@example.cn');
      expect(await problems.count()).toBe(0);
      await screenshot(page, `/tmp/officer-submission-ready-${language}.png`);

      const dir = mkdtempSync(join(tmpdir(), 'tbt-officer-'));
      const letter = await documentText(await download(page, ui.letterDocx, dir));
      expect(letter.split('\n').filter((line) => CJK.test(line))).toEqual([]);
      expect(letter).toContain('China thanks the European Union for the opportunity');
      expect(letter).toContain('To: EU-TBT Enquiry Point');
      expect(letter).toContain('From: WTO/TBT Enquiry Point of China, tbt@example.cn');
      expect(letter).toContain('Clause 4.2, Paragraph Table 1, Line 12 (technical)');
      expect(letter).toContain('TBT concerns: not based on the relevant international standard (Art. 2.4)');
      expect(letter).toContain('Reference: ISO 8124-1:2022, 5.2');
      expect(letter).toContain('TBT concerns: transition period before entry into force too short (Art. 2.12)');
      const csvRows = Papa.parse<string[]>(readFileSync(await download(page, ui.csv, dir), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      expect(csvRows[2]!.slice(0, 5)).toEqual(['CN', '12', '4.2', 'Table 1', 'te']);
      expect(csvRows[2]![5]).toBe('The lead limit is stricter than clause 5.2 of ISO 8124-1:2022.\nTBT concerns: not based on the relevant international standard (Art. 2.4)\nReference: ISO 8124-1:2022, 5.2');
      expect(csvRows.flat().filter((cell) => CJK.test(cell))).toEqual([]);

      // The internal Chinese version: Chinese texts, headers, member and observations.
      await page.getByTestId('submission-language').selectOption('zh');
      const table = await documentText(await download(page, ui.tableDocx, dir));
      expect(table).toContain('中国对 G/TBT/N/EU/1200');
      for (const header of ['成员机构', '行号', '条款/子条款', '段落/图/表', '意见类型', '评议意见', '修改建议', '秘书处意见']) expect(table).toContain(header);
      expect(table).toContain('铅限量严于 ISO 8124-1:2022 的 5.2 条。');
      expect(table).toContain('参考标准：ISO 8124-1:2022 第 5.2 条');
      expect(table).not.toMatch(/Comments|Proposed change|European Union/);
      await screenshot(page, `/tmp/officer-submission-zh-version-${language}.png`);

      await page.getByRole('button', { name: ui.record }).click();
      await page.goto(`${APP_URL}#/`);
      await expect.poll(() => page.getByTestId('submission-badge').first().textContent()).toBe(ui.sent);
      await page.getByTestId('filter-submission').selectOption('sent');
      await expect.poll(() => page.getByTestId('notification-row').count()).toBe(1);
      await page.screenshot({ path: `/tmp/officer-list-sent-${language}.png` });

      // The notification's links are shown in the review screen and open outside the app.
      await page.getByTestId('notification-row').click();
      await page.getByTestId('screen-review').waitFor();
      const links = page.getByTestId('notification-links').first().locator('a');
      await expect.poll(() => links.count()).toBe(2);
      expect(await links.first().getAttribute('href')).toBe('https://docs.test/EU1200.pdf');
      expect(await links.first().getAttribute('target')).toBe('_blank');
      await page.screenshot({ path: `/tmp/officer-review-links-${language}.png` });

      expect(blockedRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
});
