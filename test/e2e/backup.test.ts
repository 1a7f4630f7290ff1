import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumAvailable, launchBrowser, openOfflineApp } from './harness';

// Writes straight into the app's IndexedDB, as data written in an earlier session would be.
async function putComments(page: Page, comments: { id: string; commentEn: string }[]) {
  await page.evaluate(async (rows) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('tbt-review-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('comments', 'readwrite');
    for (const row of rows) tx.objectStore('comments').put({ notificationId: 'G/TBT/N/EU/1', status: 'finished', concerns: [], ...row });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, comments);
}

async function deleteComment(page: Page, id: string) {
  await page.evaluate(async (key) => {
    const db: IDBDatabase = await new Promise((resolve) => {
      const open = indexedDB.open('tbt-review-desk');
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction('comments', 'readwrite');
    tx.objectStore('comments').delete(key);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, id);
}

const counts = (page: Page) => page.getByTestId('local-counts').textContent();

describe.runIf(chromiumAvailable())('backup and restore move a reviewer to a new laptop', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a backup file restores every comment, shows what it will replace, and refuses bad files without touching data', async () => {
    const { page, context, blockedRequests } = await openOfflineApp(browser);
    await page.goto(page.url().replace(/#.*$/, '') + '#/settings');
    await expect.poll(() => counts(page)).toContain('0 comments');
    await putComments(page, [
      { id: 'c1', commentEn: 'Clause 4.5 should reference ISO 8124-1.' },
      { id: 'c2', commentEn: 'Six months is too short a transition period.' },
    ]);
    await page.reload();
    await expect.poll(() => counts(page)).toContain('2 comments');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up to a file…' }).click();
    const download = await downloadPromise;
    const dir = mkdtempSync(join(tmpdir(), 'tbt-backup-'));
    const backupPath = join(dir, download.suggestedFilename());
    await download.saveAs(backupPath);
    expect(download.suggestedFilename()).toMatch(/^tbt-review-desk-\d{4}-\d{2}-\d{2}\.tbtbackup$/);

    // Later, one comment is lost and another is written.
    await deleteComment(page, 'c1');
    await putComments(page, [{ id: 'c3', commentEn: 'Written after the backup.' }]);
    await page.reload();
    await expect.poll(() => counts(page)).toContain('2 comments');

    // A file that is not a backup: a clear message, nothing changed.
    const notBackup = join(dir, 'notes.tbtbackup');
    writeFileSync(notBackup, 'just some text');
    await page.getByTestId('restore-file').setInputFiles(notBackup);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a TBT Review Desk backup');

    // A damaged backup (cut off half-way): the restore is undone, nothing changed.
    const damaged = join(dir, 'damaged.tbtbackup');
    const full = readFileSync(backupPath, 'utf8');
    writeFileSync(damaged, full.slice(0, Math.floor(full.length * 0.7)));
    await page.getByTestId('restore-file').setInputFiles(damaged);
    const preview = page.getByTestId('restore-preview');
    await page.locator('[data-testid=restore-preview], [role=alert]').first().waitFor();
    if (await preview.isVisible()) await page.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('damaged or incomplete');
    await expect.poll(() => counts(page)).toContain('2 comments');

    // The real backup: a preview of what it replaces, then exactly the backed-up comments.
    await page.getByTestId('restore-file').setInputFiles(backupPath);
    await expect.poll(() => preview.textContent()).toContain('Comments');
    const commentsRow = preview.locator('tr', { hasText: 'Comments' });
    expect(await commentsRow.locator('td').allTextContents()).toEqual(['Comments', '2', '2']);
    await page.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect.poll(() => page.locator('[role=status], [role=alert]').first().textContent()).toBe('Backup restored.');
    const ids = await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve) => {
        const open = indexedDB.open('tbt-review-desk');
        open.onsuccess = () => resolve(open.result);
      });
      const keys: IDBValidKey[] = await new Promise((resolve) => {
        const request = db.transaction('comments').objectStore('comments').getAllKeys();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return keys;
    });
    expect(ids).toEqual(['c1', 'c2']);
    expect(blockedRequests).toEqual([]);
    await context.close();
  });
});
