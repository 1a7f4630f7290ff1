// The secretary's compilation and the desk officer's submission in Chromium, offline, with the
// experts' finished comments seeded into IndexedDB: merge near-duplicates, decide on each comment,
// approve (which locks), then combine, export every format as a download and record the sending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { APP_URL, chromiumAvailable, launchBrowser, openOfflineApp } from './harness';

const SYMBOL = 'G/TBT/N/EU/1123';
const TITLE = 'Draft Regulation on the safety of toys';
const ISO_HEADERS = ['MB/NC', 'Line number', 'Clause/Subclause', 'Paragraph/Figure/Table', 'Type of comment', 'Comments', 'Proposed change', 'Observations of the secretariat'];

/** yyyy-mm-dd, `days` from today. */
function fromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function notification(finalDateForComments: string) {
  return {
    id: SYMBOL,
    agreement: 'TBT',
    memberCode: 'EU',
    number: 1123,
    suffixes: [],
    baseSymbol: SYMBOL,
    parentSymbol: null,
    type: 'regular',
    member: 'European Union',
    agency: 'European Commission, DG GROW',
    notifiedUnder: '2.9.2',
    products: 'Toys',
    hsCodes: [{ code: '9503', description: 'Toys' }],
    icsCodes: [{ code: '97.200.50', description: 'Toys' }],
    title: TITLE,
    pages: '14',
    languages: 'English',
    description: 'Safety requirements for toys.',
    objectives: ['Protection of human health or safety'],
    relevantDocuments: '',
    proposedAdoption: '',
    proposedEntryIntoForce: '',
    finalDateForComments,
    textsAvailableFrom: 'EU TBT Enquiry Point, European Commission, B-1049 Brussels',
    distributionDate: '2026-01-05',
    keywords: [],
    regionsAffected: '',
    notifiedDocumentUrls: [],
    links: [],
    source: 'test',
    importedAt: '2026-01-06T00:00:00.000Z',
    updatedAt: '2026-01-06T00:00:00.000Z',
  };
}

function comment(id: string, createdAt: string, fields: Record<string, unknown>) {
  return {
    id,
    notificationId: SYMBOL,
    anchor: null,
    clause: '',
    paragraph: '',
    line: '',
    type: 'te',
    concerns: ['not_international_standard'],
    commentZh: '',
    commentEn: '',
    proposedChangeZh: '',
    proposedChangeEn: '',
    referenceStandard: '',
    referenceClause: '',
    status: 'finished',
    createdAt,
    updatedAt: createdAt,
    ...fields,
  };
}

/** Two experts' near-identical objections to clause 4.2, an editorial remark, a general comment and a draft. */
const COMMENTS = [
  comment('lead-1', '2026-02-01T09:00:00.000Z', {
    clause: '4.2',
    commentZh: '第4.2条规定的铅限量严于ISO 8124-3，且未提供风险评估依据，建议采用国际标准。',
    commentEn: 'The lead limit in clause 4.2 is stricter than ISO 8124-3 and no risk assessment is given; please align it with the international standard.',
    proposedChangeEn: 'Use the limits of ISO 8124-3:2020.',
  }),
  comment('lead-2', '2026-02-02T09:00:00.000Z', {
    clause: '4.2',
    commentZh: '第4.2条规定的铅限量严于ISO 8124-3，未提供风险评估依据，建议采用国际标准。',
    commentEn: 'The lead limit of clause 4.2 is stricter than ISO 8124-3 without a risk assessment; please align with the international standard.',
    concerns: ['more_trade_restrictive'],
    referenceStandard: 'ISO 8124-3:2020',
    referenceClause: '4.1',
  }),
  comment('typo', '2026-02-03T09:00:00.000Z', { clause: '6.1', type: 'ed', concerns: ['other'], commentZh: '“toys” 拼写错误。', commentEn: 'Typo: "tyos" should read "toys".' }),
  comment('general', '2026-02-04T09:00:00.000Z', {
    type: 'ge',
    concerns: ['transition_period'],
    commentZh: '六个月的过渡期过短，建议延长至二十四个月。',
    commentEn: 'A transition period of six months is too short; we suggest 24 months.',
  }),
  comment('draft', '2026-02-05T09:00:00.000Z', { clause: '7', status: 'draft', commentEn: 'Still being written.' }),
];

async function seed(page: Page, finalDate: string) {
  // Opening the compile route makes the app create its database with the current schema.
  await page.goto(`${APP_URL}#/compile/${encodeURIComponent(SYMBOL)}`);
  await page.getByTestId('compile-not-found').waitFor();
  await page.evaluate(
    async ({ notification, comments }) => {
      const open = indexedDB.open('tbt-review-desk');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['notifications', 'comments'], 'readwrite');
      tx.objectStore('notifications').put(notification);
      for (const row of comments) tx.objectStore('comments').put(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { notification: notification(finalDate), comments: COMMENTS },
  );
  await page.reload();
  await page.getByTestId('screen-compile').waitFor();
}

const items = (page: Page) => page.getByTestId('compiled-comment');
const item = (page: Page, text: string) => items(page).filter({ hasText: text });

async function download(page: Page, button: string, dir: string): Promise<{ name: string; path: string }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await event;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** The whole screen, its inner scroll area included: the viewport is made as tall as the content. */
async function screenshot(page: Page, screen: string, path: string) {
  const height = await page.locator(`[data-testid="${screen}"] > div:last-child`).evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 1400, height: Math.min(height + 100, 4000) });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1400, height: 900 });
}

/** The text of the first element matched, once it shows. */
function eventually(locator: ReturnType<Page['getByTestId']>) {
  return expect.poll(async () => ((await locator.count()) > 0 ? locator.first().textContent() : null));
}

async function setLanguage(page: Page, language: 'en' | 'zh-CN') {
  await page.getByTestId('language-select').selectOption(language);
}

describe.runIf(chromiumAvailable())('a secretary compiles and a desk officer sends (Chromium, offline)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('merges near-duplicates, accepts and rejects with an observation, approves, and the locked position survives a reload', async () => {
    const { page, blockedRequests, pageErrors } = await openOfflineApp(browser);
    await seed(page, fromToday(30));

    // Only the four finished comments, in clause order (general first); the two on lead flagged.
    await expect.poll(() => items(page).count()).toBe(4);
    await expect.poll(() => page.getByTestId('screen-compile').textContent()).toContain('4 compiled from 4 expert comments');
    expect(await item(page, 'Still being written').count()).toBe(0);
    expect(await item(page, 'The lead limit in clause 4.2').locator('.compile-duplicate').textContent()).toBe('Near-duplicate of #3');
    expect(await item(page, 'The lead limit of clause 4.2').locator('.compile-duplicate').textContent()).toBe('Near-duplicate of #2');

    await screenshot(page, 'screen-compile', '/tmp/compile-duplicates-en.png');
    await page.getByTestId('committee-code').fill('SAC/TC 253');
    await item(page, 'The lead limit in clause 4.2').getByRole('checkbox').check();
    await item(page, 'The lead limit of clause 4.2').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Merge selected (2)' }).click();
    await expect.poll(() => items(page).count()).toBe(3);
    await expect.poll(() => page.getByTestId('screen-compile').textContent()).toContain('3 compiled from 4 expert comments');
    const merged = item(page, 'The lead limit in clause 4.2');
    // Both experts' English texts are kept in the merged comment, and no duplicate flag remains.
    expect(await merged.locator('textarea').nth(2).inputValue()).toContain('The lead limit of clause 4.2');
    expect(await page.locator('.compile-duplicate').count()).toBe(0);
    // The merge keeps both experts' concerns and the standard one of them cited.
    expect(await merged.getByTestId('compile-evidence').textContent()).toBe(
      'Not based on the relevant international standard (Art. 2.4); More trade-restrictive than necessary (Art. 2.2) · Reference standard: ISO 8124-3:2020, 4.1',
    );

    // Approving with comments undecided is refused, saying how many and which clause.
    await page.getByRole('button', { name: 'Approve and lock' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Decide on every comment before approving: 3 not decided (first: clause General comments).');

    await merged.getByLabel('Decision').selectOption('accepted');
    await item(page, 'A transition period of six months').getByLabel('Decision').selectOption('accepted');
    const typo = item(page, 'Typo:');
    await typo.getByLabel('Decision').selectOption('rejected');
    await typo.getByLabel('Observation of the secretariat').fill('Already corrected in the notified text.');
    await typo.getByLabel('Observation of the secretariat').blur();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');

    await screenshot(page, 'screen-compile', '/tmp/compile-en.png');
    await setLanguage(page, 'zh-CN');
    await expect.poll(() => page.getByRole('button', { name: '批准并锁定' }).count()).toBe(1);
    await screenshot(page, 'screen-compile', '/tmp/compile-zh.png');
    await setLanguage(page, 'en');

    await page.getByRole('button', { name: 'Approve and lock' }).click();
    await expect.poll(() => page.locator('.compile-locked').textContent()).toMatch(/^Approved on .+; the compilation and its source comments are locked\.$/);
    // Locked: no merging, approving, reordering or editing any more.
    expect(await page.getByRole('button', { name: 'Approve and lock' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.locator('.compile-move').count()).toBe(0);
    expect(await page.locator('[data-testid="compiled-comment"] textarea:not([disabled])').count()).toBe(0);
    expect(await page.locator('[data-testid="compiled-comment"] select:not([disabled])').count()).toBe(0);
    expect(await page.getByTestId('server-lock').textContent()).toContain('Locked on this computer only');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');

    await page.reload();
    await page.getByTestId('screen-compile').waitFor();
    await expect.poll(() => items(page).count()).toBe(3);
    expect(await page.locator('.compile-locked').count()).toBe(1);
    expect(await typo.getByLabel('Decision').inputValue()).toBe('rejected');
    expect(await typo.getByLabel('Observation of the secretariat').inputValue()).toBe('Already corrected in the notified text.');
    expect(await page.getByTestId('committee-code').inputValue()).toBe('SAC/TC 253');
    expect(await page.getByTestId('committee-code').isDisabled()).toBe(true);

    // In the review screen the approval locked the source comments (even a rejected one); a draft stays editable.
    await page.getByRole('button', { name: '← Review', exact: true }).click();
    await page.getByTestId('screen-review').waitFor();
    await page.getByTestId('comment-row').filter({ hasText: '拼写错误' }).click();
    await expect.poll(() => page.getByTestId('comment-locked').textContent()).toBe('Locked by the committee’s approval: this comment can no longer be reopened, revised or withdrawn.');
    expect(await page.getByTestId('comment-editor').getByRole('button', { name: 'Reopen' }).count()).toBe(0);
    expect(await page.getByTestId('comment-editor').getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/review-locked-en.png' });
    await setLanguage(page, 'zh-CN');
    await expect.poll(() => page.getByTestId('comment-locked').textContent()).toBe('已被委员会批准锁定：此意见不能再重新打开、修改或撤回。');
    await page.screenshot({ path: '/tmp/review-locked-zh.png' });
    await setLanguage(page, 'en');
    await page.getByTestId('comment-row').filter({ hasText: 'Still being written' }).click();
    await expect.poll(() => page.getByTestId('comment-editor').getByLabel('Comment (English)').inputValue()).toBe('Still being written.');
    expect(await page.getByTestId('comment-locked').count()).toBe(0);
    await page.getByTestId('open-compile').click();
    await page.getByTestId('screen-compile').waitFor();

    // The desk officer: subject, exports as downloads, and what happened after sending.
    await page.getByRole('button', { name: 'Submission →' }).click();
    await page.getByTestId('screen-submission').waitFor();
    expect(await page.getByTestId('submission-subject').textContent()).toBe(`Subject: Comments of China on ${SYMBOL} – ${TITLE}`);
    expect(await page.getByTestId('screen-submission').textContent()).toContain('Approved positions: SAC/TC 253');
    expect(await page.getByTestId('screen-submission').textContent()).toContain('General comments: 1 · Specific comments: 1');
    expect(await page.getByTestId('submission-status').textContent()).toBe('Submission: Not sent');

    // Sender and addressee come first; the letter cannot be exported until the sender is given.
    expect(await page.getByTestId('letter-problems').textContent()).toContain('Sender: Name');
    expect(await page.getByRole('button', { name: 'Letter (DOCX)', exact: true }).isDisabled()).toBe(true);
    await page.getByLabel('Name', { exact: true }).fill('Li Wei');
    await page.getByLabel('Organisation').fill('WTO/TBT Enquiry Point of China');
    await page.getByTestId('sender-email').fill('tbt@example.cn');
    await expect.poll(() => page.getByTestId('letter-problems').count()).toBe(0);

    const dir = mkdtempSync(join(tmpdir(), 'tbt-exports-'));
    const table = await download(page, 'Comment table (DOCX)', dir);
    expect(table.name).toMatch(/\.docx$/);
    const xml = await (await JSZip.loadAsync(readFileSync(table.path))).file('word/document.xml')!.async('string');
    const headerRow = xml.slice(xml.indexOf('<w:tr>'), xml.indexOf('</w:tr>'));
    const headers = [...headerRow.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => [...cell[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(headers).toEqual(ISO_HEADERS);
    expect(xml).toContain('A transition period of six months is too short');
    expect(xml).not.toContain('tyos');

    const xlsx = await download(page, 'Comment table (XLSX)', dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx.path) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ISO_HEADERS);
    expect(sheet.rowCount).toBe(3);

    const csv = await download(page, 'CSV', dir);
    const parsed = Papa.parse<string[]>(readFileSync(csv.path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(ISO_HEADERS);
    expect(parsed.data.slice(1).map((row) => row[2])).toEqual(['', '4.2']);

    const json = await download(page, 'JSON', dir);
    const submission = JSON.parse(readFileSync(json.path, 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(submission)).toContain(`Comments of China on ${SYMBOL}`);

    const letter = await download(page, 'Letter (DOCX)', dir);
    expect(letter.name).toMatch(/\.docx$/);
    const letterXml = await (await JSZip.loadAsync(readFileSync(letter.path))).file('word/document.xml')!.async('string');
    expect(letterXml).toContain(`Comments of China on ${SYMBOL} – ${TITLE}`);
    expect(letterXml).toContain('Li Wei');
    expect(letterXml).toContain('WTO/TBT Enquiry Point of China');
    const pdf = await download(page, 'Letter (PDF)', dir);
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await page.locator('.submission-ok').textContent()).toBe(`Saved ${pdf.name}.`);

    await screenshot(page, 'screen-submission', '/tmp/submission-en.png');
    await setLanguage(page, 'zh-CN');
    await expect.poll(() => page.getByTestId('submission-status').textContent()).toBe('提交状态：未发送');
    await screenshot(page, 'screen-submission', '/tmp/submission-zh.png');
    await setLanguage(page, 'en');

    // Sent by e-mail, a reply comes in, and each sent comment gets its outcome: the status follows.
    await page.getByLabel('Channel').selectOption('email');
    await page.getByRole('button', { name: 'Record as sent' }).click();
    await expect.poll(() => page.getByTestId('submission-status').textContent()).toBe('Submission: Sent');
    await page.getByLabel('Reply summary').fill('The EU will review the lead limit.');
    await page.getByRole('button', { name: 'Save reply' }).click();
    await expect.poll(() => page.getByTestId('submission-status').textContent()).toBe('Submission: Reply received');
    const reply = Buffer.from('%PDF-1.4 reply of the EU enquiry point');
    await page.getByTestId('reply-file').setInputFiles({ name: 'reply-EU.pdf', mimeType: 'application/pdf', buffer: reply });
    await expect.poll(() => page.getByTestId('reply-attachment').textContent()).toBe('Reply attached: reply-EU.pdf');
    const copy = await download(page, 'Save a copy', dir);
    expect(copy.name).toBe('reply-EU.pdf');
    expect(readFileSync(copy.path)).toEqual(reply);
    const outcomes = page.getByLabel('Outcome', { exact: true });
    expect(await outcomes.count()).toBe(2);
    await outcomes.nth(0).selectOption('taken');
    await expect.poll(() => page.getByTestId('submission-status').textContent()).toBe('Submission: Reply received');
    await outcomes.nth(1).selectOption('partly');
    await expect.poll(() => page.getByTestId('submission-status').textContent()).toBe('Submission: Closed');

    await page.reload();
    await page.getByTestId('screen-submission').waitFor();
    await expect.poll(() => page.getByTestId('submission-status').textContent()).toBe('Submission: Closed');
    expect(await page.getByLabel('Outcome', { exact: true }).nth(1).inputValue()).toBe('partly');
    expect(await page.getByTestId('reply-attachment').textContent()).toBe('Reply attached: reply-EU.pdf');
    await screenshot(page, 'screen-submission', '/tmp/submission-sent-en.png');

    // The notification list shows where the submission stands.
    await page.goto(`${APP_URL}#/`);
    await eventually(page.getByTestId('submission-badge')).toBe('Closed');
    await page.screenshot({ path: '/tmp/list-closed-en.png' });

    expect(blockedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('warns when the internal deadline has passed, and the warning follows the working days set', async () => {
    const { page, pageErrors } = await openOfflineApp(browser);
    await seed(page, fromToday(2));
    await page.goto(`${APP_URL}#/submission/${encodeURIComponent(SYMBOL)}`);
    await page.getByTestId('screen-submission').waitFor();
    // Five working days before a final date two days away is already behind us.
    await expect.poll(() => page.getByTestId('internal-deadline').textContent()).toMatch(/^The internal deadline .+ has passed; send before .+\.$/);
    expect(await page.getByTestId('internal-deadline').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('screen-submission').textContent()).toContain('No committee has approved its position on this notification yet.');

    // The list warns too, before anything is sent.
    await page.goto(`${APP_URL}#/`);
    await eventually(page.getByTestId('internal-deadline-badge')).toBe('Internal: late');
    await page.screenshot({ path: '/tmp/list-internal-deadline-en.png' });
    await setLanguage(page, 'zh-CN');
    await eventually(page.getByTestId('internal-deadline-badge')).toBe('内部已逾期');
    await page.screenshot({ path: '/tmp/list-internal-deadline-zh.png' });
    await setLanguage(page, 'en');
    await page.goto(`${APP_URL}#/submission/${encodeURIComponent(SYMBOL)}`);
    await page.getByTestId('screen-submission').waitFor();

    await page.getByText('Internal deadline', { exact: true }).click();
    await page.getByTestId('working-days').fill('0');
    await expect.poll(() => page.getByTestId('internal-deadline').textContent()).toMatch(/^The internal deadline .+ is near \(final date for comments .+\)\.$/);
    await page.reload();
    await page.getByTestId('screen-submission').waitFor();
    await expect.poll(() => page.getByTestId('internal-deadline').textContent()).toMatch(/is near/);
    await page.goto(`${APP_URL}#/`);
    await eventually(page.getByTestId('internal-deadline-badge')).toBe('Internal: soon');
    expect(pageErrors).toEqual([]);
  });

  it('the review screen links to both screens when nobody is signed in', async () => {
    const { page } = await openOfflineApp(browser);
    await seed(page, fromToday(30));
    await page.goto(`${APP_URL}#/review/${encodeURIComponent(SYMBOL)}`);
    await page.getByTestId('screen-review').waitFor();
    await page.getByTestId('open-compile').click();
    await page.getByTestId('screen-compile').waitFor();
    expect(page.url()).toContain(`#/compile/${encodeURIComponent(SYMBOL)}`);
    await page.goBack();
    await page.getByTestId('open-submission').click();
    await page.getByTestId('screen-submission').waitFor();
  });
});
