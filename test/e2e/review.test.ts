// The review workspace in Chromium, offline: comment on a selected passage, validation, the
// comment list and its link back into the text, and autosave surviving a crash and a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { APP_URL, chromiumAvailable, launchBrowser, openOfflineApp } from './harness';
import { glyphRuns } from './textLayerWidth';

const CORPUS = '../shared/corpus';
const NOTIFIED_PDF = `${CORPUS}/pdfs/tracemonkey.pdf`;
const STANDARD_PDF = `${CORPUS}/standards/ECMA-404_1st_edition_2013.pdf`;
const TRANSLATION_PDF = `${CORPUS}/pdfs/file_pdfjs_test.pdf`;
/** AES-256 encrypted, user password `abc`, one page. */
const ENCRYPTED_PDF = `${CORPUS}/pdfs/issue6010_1.pdf`;

const BASE = 'G/TBT/N/EU/1123';

/** yyyy-mm-dd, `days` from today, so that the deadline shown is a realistic one. */
function fromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
const ADDENDUM = `${BASE}/Add.1`;

interface SeedFile {
  sha256: string;
  base64: string;
}

function pdfFile(path: string): SeedFile & { byteLength: number } {
  const bytes = readFileSync(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), base64: bytes.toString('base64'), byteLength: bytes.length };
}

function notification(id: string, overrides: Record<string, unknown>) {
  const suffixes = [...id.matchAll(/\/(Add|Rev|Corr)\.(\d+)/g)].map((m) => ({ kind: m[1], n: Number(m[2]) }));
  return {
    id,
    agreement: 'TBT',
    memberCode: 'EU',
    number: 1123,
    suffixes,
    baseSymbol: BASE,
    parentSymbol: suffixes.length ? BASE : null,
    type: suffixes.length ? 'addendum' : 'regular',
    member: 'European Union',
    agency: 'European Commission, DG GROW',
    notifiedUnder: '2.9.2',
    products: 'Toys',
    hsCodes: [{ code: '9503', description: 'Tricycles, scooters, dolls and other toys' }],
    icsCodes: [{ code: '97.200.50', description: 'Toys' }],
    title: 'Draft Regulation on the safety of toys',
    pages: '14',
    languages: 'English',
    description: 'The draft regulation lays down safety requirements for toys placed on the market.',
    objectives: ['Protection of human health or safety'],
    relevantDocuments: 'COM(2023) 462 final',
    proposedAdoption: '2026-06-01',
    proposedEntryIntoForce: '2027-01-01',
    finalDateForComments: fromToday(10),
    textsAvailableFrom: 'EU TBT enquiry point, https://ec.europa.eu/growth/tools-databases/tbt/',
    distributionDate: '2026-01-05',
    keywords: [],
    regionsAffected: '',
    notifiedDocumentUrls: [],
    links: [],
    source: 'test',
    importedAt: '2026-01-06T00:00:00.000Z',
    updatedAt: '2026-01-06T00:00:00.000Z',
    ...overrides,
  };
}

/**
 * Puts a notification (with an addendum that moves the deadline), its notified PDF and a
 * reference standard into the app's IndexedDB with the raw API, as the importer would.
 */
async function seed(page: Page, { withDocument = true, withTranslation = false, encrypted = false, title = 'Draft Regulation on the safety of toys' } = {}) {
  const notified = pdfFile(encrypted ? ENCRYPTED_PDF : NOTIFIED_PDF);
  const translation = pdfFile(TRANSLATION_PDF);
  const standard = pdfFile(STANDARD_PDF);
  // Opening the review route makes the app create its database with the current schema.
  await page.goto(`${APP_URL}#/review/${encodeURIComponent(BASE)}`);
  await page.getByTestId('review-not-found').waitFor();
  const records = {
    notifications: [notification(BASE, { title, finalDateForComments: fromToday(10) }), notification(ADDENDUM, { title, distributionDate: '2026-02-01', finalDateForComments: fromToday(40) })],
    documents: [
      encrypted
        ? // As the importer stores it: an encrypted file's pages cannot be counted without its password.
          { id: 'doc-1', notificationId: BASE, fileName: 'issue6010_1.pdf', sha256: notified.sha256, pageCount: 0, byteLength: notified.byteLength, language: 'en', addedAt: '2026-01-06T00:00:00.000Z' }
        : { id: 'doc-1', notificationId: BASE, fileName: 'tracemonkey.pdf', sha256: notified.sha256, pageCount: 14, byteLength: notified.byteLength, language: 'en', addedAt: '2026-01-06T00:00:00.000Z' },
      { id: 'doc-2', notificationId: BASE, fileName: 'file_pdfjs_test.pdf', sha256: translation.sha256, pageCount: 5, byteLength: translation.byteLength, language: 'zh', addedAt: '2026-01-07T00:00:00.000Z' },
    ].filter((d) => (d.id === 'doc-1' ? withDocument : withTranslation)),
    standards: [
      { id: 'std-1', identifier: 'ECMA-404:2013', title: 'The JSON Data Interchange Format', fileName: 'ECMA-404.pdf', sha256: standard.sha256, pageCount: 14, byteLength: standard.byteLength, addedAt: '2026-01-06T00:00:00.000Z' },
    ],
  };
  await page.evaluate(
    async ({ records, files }) => {
      const open = indexedDB.open('tbt-review-desk');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['notifications', 'documents', 'standards', 'files'], 'readwrite');
      for (const [store, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(store).put(row);
      for (const file of files) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        tx.objectStore('files').put({ sha256: file.sha256, bytes: new Blob([bytes], { type: 'application/pdf' }) });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { records, files: [notified, standard, translation].map(({ sha256, base64 }) => ({ sha256, base64 })) },
  );
  await page.reload();
}

/** The viewer's text layer spans of the notified text that contain `text`. */
function textSpan(page: Page, text: string) {
  return page.locator('[data-testid="screen-review"] .textLayer span', { hasText: text }).first();
}

/** Drags the mouse across a span of the text layer, as a reviewer selects a passage. */
async function selectSpan(page: Page, text: string | Locator) {
  const span = typeof text === 'string' ? textSpan(page, text) : text;
  await span.scrollIntoViewIfNeeded();
  // Wait until the page has settled (sizes of later pages arrive in the background after opening).
  let box = (await span.boundingBox())!;
  for (let settled = false; !settled; ) {
    await page.waitForTimeout(300);
    const next = (await span.boundingBox())!;
    settled = next.x === box.x && next.y === box.y && next.width === box.width;
    box = next;
  }
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Selects a passage and presses the viewer's floating button (labelled `buttonName`). */
async function commentOnPassage(page: Page, text: string | Locator, buttonName = 'Comment') {
  await selectSpan(page, text);
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  await page.getByTestId('comment-editor').waitFor();
}

const editor = (page: Page) => page.getByTestId('comment-editor');

/** Waits for what the user would see; PDF pages can take a few seconds on a loaded machine. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000 });
}

describe.runIf(chromiumAvailable())('the review workspace in Chromium, offline', () => {
  describe.skipIf(!existsSync(CORPUS))('on a notification with a corpus PDF (skipped: ../shared/corpus is absent, e.g. in a fresh clone)', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows the notification data with its symbol chain and the deadline in force', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page);
      await page.getByTestId('tab-notification').click();
      const data = page.getByTestId('notification-data');
      await data.getByText('European Commission, DG GROW').waitFor();
      await eventually(() => data.getByRole('button', { name: ADDENDUM }).count()).toBe(1);
      await eventually(() => data.textContent()).toContain(`set by ${ADDENDUM}`);
      for (const item of ['1. Notifying Member', '4. Products covered', '10. Final date for comments', '11. Texts available from']) {
        await eventually(() => data.getByText(item, { exact: true }).count()).toBe(1);
      }
      await eventually(() => page.getByTestId('days-left').first().textContent()).toMatch(/\d+ days left/);
      expect(app.blockedRequests).toEqual([]);
      await app.context.close();
    });

    it('a selected passage becomes a comment that must be complete to finish, is listed with its quote and leads back to the text', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page);
      await textSpan(page, 'Trace-based Just-in-Time').waitFor();

      await commentOnPassage(page, 'Trace-based Just-in-Time');
      await eventually(() => page.getByTestId('editor-quote').textContent()).toContain('Trace-based Just-in-Time');

      // Finishing an empty comment says, next to each field, what is missing.
      await editor(page).getByRole('button', { name: 'Mark finished' }).click();
      await editor(page).getByText('Choose at least one TBT concern.').waitFor();
      await editor(page).getByText('Write the comment in Chinese or in English.').waitFor();
      await editor(page).getByText('Give the clause this comment targets (not needed for a general comment).').waitFor();
      await eventually(() => page.getByTestId('editor-status').textContent()).toBe('Draft');

      await editor(page).getByLabel('Clause / subclause').fill('4.2');
      await editor(page).getByLabel('Not based on the relevant international standard (Art. 2.4)').check();
      await editor(page).getByLabel('Comment (English)').fill('The limit should follow the international standard.');
      await editor(page).getByLabel('Reference standard', { exact: true }).fill('ISO 8124-1:2022');
      await editor(page).getByLabel('Clause of the standard').fill('4.5');
      // The messages go away as the fields are completed.
      await eventually(() => editor(page).getByRole('alert').count()).toBe(0);
      await editor(page).getByRole('button', { name: 'Mark finished' }).click();
      await eventually(() => page.getByTestId('editor-status').textContent()).toBe('Finished');
      await eventually(() => editor(page).getByLabel('Comment (English)').getAttribute('readonly')).not.toBeNull();

      // A general comment goes to the top of the list.
      await page.getByRole('button', { name: '+ General comment' }).click();
      await editor(page).getByLabel('Comment (English)').fill('Please extend the comment period.');
      const rows = page.getByTestId('comment-row');
      await eventually(() => rows.count()).toBe(2);
      await eventually(() => rows.nth(0).textContent()).toContain('General');
      const anchored = rows.nth(1);
      await eventually(() => anchored.textContent()).toContain('4.2');
      await eventually(() => anchored.textContent()).toContain('Finished');
      await eventually(() => anchored.textContent()).toContain('“Trace-based Just-in-Time');
      await eventually(() => anchored.locator('.type-chip').textContent()).toBe('te');

      // Scroll the text far away, then pick the comment: the text comes back to its passage.
      const highlight = page.locator('[data-testid="screen-review"] [data-highlight-id]').first();
      await page.getByRole('textbox', { name: 'Page number' }).first().fill('12');
      await page.getByRole('textbox', { name: 'Page number' }).first().press('Enter');
      await eventually(() => highlight.isVisible().then(async (v) => v && (await inViewport(page, highlight)))).toBe(false);
      await anchored.click();
      await eventually(() => inViewport(page, highlight)).toBe(true);
      await eventually(() => page.getByTestId('editor-quote').textContent()).toContain('Trace-based Just-in-Time');

      await page.screenshot({ path: '/tmp/review-en.png' });
      await page.getByTestId('compare-toggle').click();
      await page.getByTestId('standard-pane').locator('.textLayer span').first().waitFor();
      await page.screenshot({ path: '/tmp/review-compare-en.png' });
      expect(app.blockedRequests).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      await app.context.close();
    });

    it('nothing typed is lost when the renderer crashes or the page is reloaded', async () => {
      const app = await openOfflineApp(browser);
      const { page, context } = app;
      await seed(page);
      await textSpan(page, 'Trace-based Just-in-Time').waitFor();
      await commentOnPassage(page, 'Trace-based Just-in-Time');
      const url = page.url();
      expect(url).toMatch(/#\/review\/[^/]+\/[^/]+$/);

      const typed = 'The test in 4.2 is stricter than ISO 8124-1, 5.3.';
      await editor(page).getByLabel('Comment (English)').pressSequentially(typed);
      await eventually(() => page.getByTestId('save-state').textContent()).toBe('Saved');
      // Crash the renderer that holds the page. (CDP's Page.crash takes the whole headless
      // browser down with it here, so the renderer debug URL is used: it kills only the renderer.)
      let crashed = false;
      page.on('crash', () => (crashed = true));
      await page.goto('chrome://crash').catch(() => {});
      await eventually(() => crashed).toBe(true);
      await page.close().catch(() => {});

      const reopened = await openOfflineApp(browser, { context });
      await reopened.page.goto(url);
      await eventually(() => editor(reopened.page).getByLabel('Comment (English)').inputValue()).toBe(typed);

      const more = ' 请参照国际标准。';
      await editor(reopened.page).getByLabel('Comment (Chinese)').fill(more);
      await eventually(() => reopened.page.getByTestId('save-state').textContent()).toBe('Saved');
      await reopened.page.reload();
      await eventually(() => editor(reopened.page).getByLabel('Comment (Chinese)').inputValue()).toBe(more);
      await eventually(() => editor(reopened.page).getByLabel('Comment (English)').inputValue()).toBe(typed);
      await context.close();
    });

    it('a draft is deleted only after confirmation', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page);
      await page.getByRole('button', { name: '+ General comment' }).click();
      await eventually(() => page.getByTestId('comment-row').count()).toBe(1);
      await editor(page).getByRole('button', { name: 'Delete draft' }).click();
      await editor(page).getByRole('button', { name: 'Cancel' }).click();
      await eventually(() => page.getByTestId('comment-row').count()).toBe(1);
      await editor(page).getByRole('button', { name: 'Delete draft' }).click();
      await editor(page).getByRole('button', { name: 'Delete', exact: true }).click();
      await eventually(() => page.getByTestId('comment-row').count()).toBe(0);
      await page.reload();
      await page.getByText('No comments yet.', { exact: false }).waitFor();
      await app.context.close();
    });

    it('an encrypted text opens with its password typed with a soft hyphen (SASLprep), shows its real page count, and is not asked again on reopening', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page, { encrypted: true });
      const pane = page.getByRole('region', { name: 'Notified text' }).first();
      await page.getByTestId('pdf-password').waitFor();
      // SASLprep maps U+00AD to nothing: "a\u00ADbc" is the password "abc".
      await page.getByTestId('pdf-password-input').fill('a\u00ADbc');
      await page.getByTestId('pdf-password-submit').click();
      await page.locator('[data-testid="pdf-page-1"] .pdf-text-layer span').first().waitFor();
      await eventually(() => pane.locator('.pane-file').textContent()).toBe('issue6010_1.pdf · en (1 p.)');

      await page.getByRole('button', { name: '← Back to the list' }).first().click();
      await page.getByTestId('notification-row').filter({ hasText: BASE }).first().click();
      await page.locator('[data-testid="pdf-page-1"] .pdf-text-layer span').first().waitFor();
      expect(await page.getByTestId('pdf-password').count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
      await app.context.close();
    });

    for (const locale of ['en-US', 'zh-CN']) {
      it(`in ${locale}, a long notification title never pushes the header's buttons onto a second line nor clips the save state`, async () => {
        const app = await openOfflineApp(browser, { locale, viewport: { width: 1280, height: 800 } });
        const { page } = app;
        const title =
          'Draft Commission Delegated Regulation amending Annexes II and III to Regulation (EU) 2019/1009 of the European Parliament and of the Council as regards the safety, labelling and conformity assessment of toys containing magnets, button batteries and chemical substances';
        await seed(page, { title });
        const bar = page.locator('.review-bar');
        await bar.getByTestId('save-state').waitFor();
        await textSpan(page, 'Trace-based Just-in-Time').waitFor();
        const layout = await bar.evaluate((element) => {
          const box = (e: Element) => e.getBoundingClientRect();
          const buttons = Array.from(element.querySelectorAll('button, a, .deadline'), (b) => ({ text: b.textContent, top: box(b).top, height: box(b).height, clipped: b.scrollWidth > b.clientWidth + 1 }));
          const save = element.querySelector<HTMLElement>('[data-testid="save-state"]')!;
          const title = element.querySelector<HTMLElement>('.review-title')!;
          return {
            bar: { right: box(element).right, height: box(element).height },
            buttons,
            save: { text: save.textContent, right: box(save).right, clipped: save.scrollWidth > save.clientWidth + 1 },
            titleEllipsed: title.scrollWidth > title.clientWidth,
          };
        });
        const tops = new Set(layout.buttons.map((b) => Math.round(b.top + b.height / 2)));
        expect(tops.size, JSON.stringify(layout.buttons)).toBe(1);
        for (const b of layout.buttons) {
          expect(b.clipped, `${b.text} clipped`).toBe(false);
          expect(b.height, `${b.text} on one line`).toBeLessThan(40);
        }
        expect(layout.save.text).toBe(locale === 'zh-CN' ? '所有更改已保存' : 'All changes saved');
        expect(layout.save.clipped).toBe(false);
        expect(layout.save.right).toBeLessThanOrEqual(layout.bar.right);
        expect(layout.bar.height).toBeLessThan(60);
        expect(layout.titleEllipsed).toBe(true);
        await page.screenshot({ path: `/tmp/review-long-title-${locale}.png` });
        await app.context.close();
      });
    }

    it('a notification without its text offers to attach the PDF, which then opens for review', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page, { withDocument: false });
      await page.getByText('Attach the PDF of the notified text to read and comment on it.').waitFor();
      await page.screenshot({ path: '/tmp/review-attach-en.png' });
      await page.getByTestId('attach-file').setInputFiles(NOTIFIED_PDF);
      await textSpan(page, 'Trace-based Just-in-Time').waitFor();
      await eventually(() => page.getByRole('region', { name: 'Notified text' }).first().textContent()).toContain('tracemonkey.pdf');
      expect(app.pageErrors).toEqual([]);
      await app.context.close();
    });

    it('with several documents a selector switches them, and picking a comment opens its own document', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page, { withTranslation: true });
      await textSpan(page, 'Trace-based Just-in-Time').waitFor();
      await commentOnPassage(page, 'Trace-based Just-in-Time');
      const select = page.getByTestId('document-select');
      await select.selectOption({ label: 'file_pdfjs_test.pdf · zh (5 p.)' });
      await eventually(() => page.getByTestId('comment-row').first().textContent()).toContain('Other document');
      await page.locator('[data-testid="screen-review"] .textLayer span').first().waitFor();
      await eventually(() => page.locator('[data-testid="screen-review"] [data-highlight-id]').count()).toBe(0);

      await page.getByTestId('comment-row').first().click();
      await eventually(() => select.inputValue()).toBe('doc-1');
      await eventually(() => page.locator('[data-testid="screen-review"] [data-highlight-id]').count()).toBeGreaterThan(0);
      await eventually(() => page.getByTestId('comment-row').first().textContent()).toContain('p. 1');

      // Clicking the highlighted passage in the text opens its comment.
      await editor(page).getByRole('button', { name: 'Close' }).click();
      await eventually(() => editor(page).count()).toBe(0);
      const highlight = (await page.locator('[data-testid="screen-review"] [data-highlight-id]').first().boundingBox())!;
      await page.mouse.click(highlight.x + highlight.width / 2, highlight.y + highlight.height / 2);
      await eventually(() => page.getByTestId('editor-quote').textContent()).toContain('Trace-based Just-in-Time');
      await app.context.close();
    });

    it('a reference standard opens beside the text and can be cited in the open draft', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page);
      await page.getByRole('button', { name: '+ General comment' }).click();
      await page.getByTestId('compare-toggle').click();
      const standardPane = page.getByTestId('standard-pane');
      await standardPane.locator('.textLayer span').first().waitFor();
      await eventually(() => page.locator('[data-testid="pdf-viewer"]').count()).toBe(2);
      await standardPane.getByRole('button', { name: 'Cite in comment' }).click();
      await eventually(() => editor(page).getByLabel('Reference standard', { exact: true }).inputValue()).toBe('ECMA-404:2013');

      // The divider between the notified text and the standard moves with the mouse.
      const notified = page.locator('.split-pane').first();
      const before = (await notified.boundingBox())!.width;
      const divider = page.getByRole('separator').first();
      const box = (await divider.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
      await eventually(async () => (await notified.boundingBox())!.width).toBeGreaterThan(before + 100);
      await app.context.close();
    });

    it('a reload reopens the comment named in the address and shows its passage, even deep in the text', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page);
      const pageInput = page.getByRole('textbox', { name: 'Page number' }).first();
      await textSpan(page, 'Trace-based Just-in-Time').waitFor();
      await pageInput.fill('9');
      await pageInput.press('Enter');
      // A heading on page 9 itself (a text search could find the same words on another page).
      const span = page.locator('[data-testid="pdf-page-9"] .textLayer span', { hasText: 'Trace Stitching' }).first();
      const text = (await span.textContent())!.trim().slice(0, 12);
      await commentOnPassage(page, span);
      await eventually(() => page.getByTestId('editor-quote').textContent()).toContain(text);
      await page.reload();
      await eventually(() => page.getByTestId('editor-quote').textContent()).toContain(text);
      // The passage's highlight is on screen, inside the PDF pane, not left on page 1.
      const highlight = page.locator('.pdf-highlight.active').first();
      await eventually(async () => {
        const box = await highlight.boundingBox();
        const pane = await page.getByTestId('pdf-scroll').first().boundingBox();
        return !!box && !!pane && box.y >= pane.y && box.y + box.height <= pane.y + pane.height;
      }).toBe(true);
      await app.context.close();
    });

    for (const [locale, pageLabel, button] of [['en-US', 'Page number', 'Comment'], ['zh-CN', '页码', '评议']]) {
      it(`in ${locale}, dragging over the short line “terpreter state.” on page 9 quotes exactly those words`, async () => {
        const app = await openOfflineApp(browser, { locale });
        const { page } = app;
        await seed(page);
        await textSpan(page, 'Trace-based Just-in-Time').waitFor();
        const pageInput = page.getByRole('textbox', { name: pageLabel }).first();
        await pageInput.fill('9');
        await pageInput.press('Enter');
        const span = page.locator('[data-testid="pdf-page-9"] .textLayer span', { hasText: /^terpreter state\.$/ }).first();
        await span.waitFor();
        await span.scrollIntoViewIfNeeded();
        // The reviewer drags over the printed words, from the first letter's left edge to the
        // full stop's right edge (where the PDF draws them), not over the invisible span.
        const run = (await glyphRuns(new Uint8Array(readFileSync(NOTIFIED_PDF)), 9)).find((r) => r.str === 'terpreter state.')!;
        const pageBox = (await page.getByTestId('pdf-page-9').boundingBox())!;
        const scale = pageBox.height / 792;
        const left = pageBox.x + run.x * scale;
        const right = left + run.width! * scale;
        const middle = pageBox.y + (792 - run.y - run.fontSize * 0.3) * scale;
        await page.mouse.move(left + 0.5, middle);
        await page.mouse.down();
        await page.mouse.move((left + right) / 2, middle, { steps: 5 });
        await page.mouse.move(right - 0.5, middle, { steps: 5 });
        await page.mouse.up();
        await page.getByRole('button', { name: button, exact: true }).click();
        await eventually(async () => (await page.getByTestId('editor-quote').textContent())?.trim()).toBe('terpreter state.');
        // Its highlight, and a new selection beside it with the Comment button: the workspace as the reviewer sees it.
        await page.locator('[data-testid="pdf-page-9"] .pdf-highlight.active').first().waitFor();
        await selectSpan(page, page.locator('[data-testid="pdf-page-9"] .textLayer span', { hasText: 'negligible runtime cost' }).first());
        await page.getByRole('button', { name: button, exact: true }).waitFor();
        await page.screenshot({ path: `/tmp/review-selection-highlight-${locale}.png` });
        expect(app.pageErrors).toEqual([]);
        await app.context.close();
      });
    }

    it('a colleague’s comment pulled for the secretary opens read-only at its passage', async () => {
      const app = await openOfflineApp(browser);
      const { page } = app;
      await seed(page);
      await textSpan(page, 'Trace-based Just-in-Time').waitFor();
      await commentOnPassage(page, 'Trace-based Just-in-Time');
      await eventually(() => page.getByTestId('editor-quote').textContent()).toContain('Trace-based Just-in-Time');
      const commentId = decodeURIComponent(new URL(page.url()).hash.split('/').at(-1)!);
      // As if it had been written on a colleague's computer and pulled by this secretary.
      await page.evaluate(async (id) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const open = indexedDB.open('tbt-review-desk');
          open.onsuccess = () => resolve(open.result);
        });
        const tx = db.transaction(['comments', 'remoteComments'], 'readwrite');
        const comment = await new Promise<Record<string, unknown>>((resolve) => {
          const request = tx.objectStore('comments').get(id);
          request.onsuccess = () => resolve(request.result);
        });
        tx.objectStore('comments').delete(id);
        const finished = { ...comment, status: 'finished', concerns: ['clarification'], commentEn: 'Please clarify the scope.' };
        tx.objectStore('remoteComments').put({
          id,
          notificationId: comment.notificationId,
          committeeId: 'c-1',
          server: { comment: finished, authorId: 'u-2', authorName: 'Li Wei', committeeId: 'c-1', version: 1, withdrawn: false, updatedAt: '2026-11-01T00:00:00.000Z' },
        });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      }, commentId);
      await page.goto(`${APP_URL}#/review/${encodeURIComponent(BASE)}/${encodeURIComponent(commentId)}`);
      await page.reload();
      await eventually(() => page.getByTestId('comment-colleague').textContent()).toContain('Li Wei');
      expect(await editor(page).getByRole('button', { name: 'Reopen' }).count()).toBe(0);
      expect(await editor(page).getByRole('button', { name: 'Delete draft' }).count()).toBe(0);
      await eventually(() => page.locator('.pdf-highlight.active').count()).toBe(1);
      await app.context.close();
    });

    it('speaks Chinese: labels, concerns and validation messages', async () => {
      const app = await openOfflineApp(browser, { locale: 'zh-CN' });
      const { page } = app;
      await seed(page);
      await textSpan(page, 'Trace-based Just-in-Time').waitFor();
      await commentOnPassage(page, 'Trace-based Just-in-Time', '评议');
      await editor(page).getByRole('button', { name: '标记为完成' }).click();
      await editor(page).getByText('请至少选择一个 TBT 关注点。').waitFor();
      await editor(page).getByLabel('未以相关国际标准为基础（第 2.4 条）').check();
      await editor(page).getByLabel('意见（中文）').fill('第 4.2 条的试验要求严于国际标准。');
      await eventually(() => page.getByTestId('save-state').textContent()).toBe('已保存');
      await page.screenshot({ path: '/tmp/review-zh.png' });
      await page.getByTestId('tab-notification').click();
      await page.getByText('现行评议截止日期', { exact: false }).first().waitFor();
      await page.screenshot({ path: '/tmp/review-data-zh.png' });
      await app.context.close();
    });
  });
});

async function inViewport(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}
