import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { _electron as electron } from 'playwright-core';

// The real desktop app: launch, open the demo notification, write a comment, quit, relaunch, and
// the comment is still there. It needs Electron's binary, which `npm start` downloads on a machine
// with internet access; where there is none, this test is skipped and says so. (Since Electron 42,
// `require('electron')` itself downloads a missing binary, so the test looks for it without that.)
const require = createRequire(import.meta.url);
function electronBinary(): { path: string } | { missing: string } {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'no Electron binary was downloaded; run `npm start` once with internet access' };
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { missing: `the Electron binary is not at ${path}` };
}

/**
 * The app as Electron loads it, in a folder of this run's own: package.json, the main process and
 * preload built now, and the renderer this e2e run built (globalSetup.ts), never a build made elsewhere.
 */
function assembleApp(): string {
  const appDir = mkdtempSync(join(tmpdir(), 'tbt-electron-app-'));
  expect(spawnSync(process.execPath, ['scripts/build-electron.mjs', join(appDir, 'dist-electron')], { stdio: 'inherit' }).status).toBe(0);
  copyFileSync('package.json', join(appDir, 'package.json'));
  cpSync(process.env.E2E_DIST!, join(appDir, 'dist', 'renderer'), { recursive: true });
  return appDir;
}

const binary = electronBinary();
if ('missing' in binary) console.warn(`[electron smoke test] SKIPPED: ${binary.missing}`);

describe.skipIf('missing' in binary)(`the desktop app keeps a comment across a restart${'missing' in binary ? ` — SKIPPED: ${binary.missing}` : ''}`, () => {
  it('launch → demo notification → comment → quit → relaunch → the comment is there', async () => {
    const appDir = assembleApp();
    const userData = mkdtempSync(join(tmpdir(), 'tbt-electron-'));
    const launch = () => electron.launch({ executablePath: (binary as { path: string }).path, args: [appDir, `--user-data-dir=${userData}`, '--lang=en-US'] });

    let app = await launch();
    let page = await app.firstWindow();
    expect(await page.evaluate(() => location.origin)).toBe('app://tbt');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    // The main process grants the app persistent storage (electron/main/permissions.ts) and nothing else.
    expect(await page.evaluate(() => navigator.storage.persist())).toBe(true);
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByTestId('notification-row').filter({ hasText: 'G/TBT/N/EU/' }).first().click();
    await page.getByRole('button', { name: 'General comment' }).click();
    await page.getByLabel('Comment (English)').fill('Typed in the desktop app before a restart.');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await page.getByTestId('notification-row').filter({ hasText: 'G/TBT/N/EU/' }).first().click();
    await expect.poll(() => page.getByText('Typed in the desktop app before a restart.').count()).toBeGreaterThan(0);
    await app.close();
  });
});
