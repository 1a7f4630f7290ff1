import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { _electron as electron } from 'playwright-core';

// The real desktop app: launch, open the demo notification, write a comment, quit, relaunch, and
// the comment is still there. It needs Electron's binary, which `npm start` downloads on a machine
// with internet access; where there is none, this test is skipped and says so.
const require = createRequire(import.meta.url);
function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = require('electron') as string;
    return existsSync(path) ? { path } : { missing: `the Electron binary is not at ${path}` };
  } catch (error) {
    return { missing: `no Electron binary was installed (${String(error).split('\n')[0]}); run \`npm start\` once with internet access` };
  }
}
const binary = electronBinary();
if ('missing' in binary) console.warn(`[electron smoke test] SKIPPED: ${binary.missing}`);

describe.skipIf('missing' in binary)(`the desktop app keeps a comment across a restart${'missing' in binary ? ` — SKIPPED: ${binary.missing}` : ''}`, () => {
  it('launch → demo notification → comment → quit → relaunch → the comment is there', async () => {
    expect(spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' }).status).toBe(0);
    const userData = mkdtempSync(join(tmpdir(), 'tbt-electron-'));
    const launch = () => electron.launch({ executablePath: (binary as { path: string }).path, args: ['.', `--user-data-dir=${userData}`, '--lang=en-US'] });

    let app = await launch();
    let page = await app.firstWindow();
    expect(await page.evaluate(() => location.origin)).toBe('app://tbt');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
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
