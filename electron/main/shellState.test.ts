import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('electron', () => ({}));

import { createSyncTokenStore } from './secretStore';
import { loadWindowState, restorableState, saveWindowState } from './windowState';
import { buildMenuTemplate } from './menu';

const fakeSafeStorage = (available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain: string) => Buffer.from(`enc:${[...plain].reverse().join('')}`),
  decryptString: (encrypted: Buffer) => [...encrypted.toString().replace(/^enc:/, '')].reverse().join(''),
});

describe('the sync token is kept encrypted by the OS', () => {
  it('stores, reads back and clears the token without writing it in clear', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tbt-secret-')), 'secrets.json');
    const store = createSyncTokenStore(file, fakeSafeStorage());
    expect(store.get()).toBeNull();
    store.set('abc123');
    expect(store.get()).toBe('abc123');
    expect(createSyncTokenStore(file, fakeSafeStorage()).get()).toBe('abc123');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8')).not.toContain('abc123');
    store.clear();
    expect(store.get()).toBeNull();
  });

  it('refuses to store when the OS offers no encryption', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tbt-secret-')), 'secrets.json');
    expect(() => createSyncTokenStore(file, fakeSafeStorage(false)).set('x')).toThrow(/secure storage/);
  });
});

describe('the window comes back where it was', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('restores saved bounds on a present display', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tbt-win-')), 'state.json');
    saveWindowState(file, { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true });
    expect(loadWindowState(file, screen)).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true });
  });

  it('ignores bounds left on a display that is gone, and garbage', () => {
    expect(restorableState({ bounds: { x: 2500, y: 0, width: 1200, height: 800 } }, screen)).toBeNull();
    expect(restorableState({ bounds: { x: 'a', y: 0, width: 1, height: 1 } }, screen)).toBeNull();
    expect(restorableState(null, screen)).toBeNull();
    expect(loadWindowState('/nonexistent/state.json', screen)).toBeNull();
  });
});

describe('native menus speak the user language', () => {
  it('has the same commands and shortcuts in Chinese and English', () => {
    const send = vi.fn();
    const zh = buildMenuTemplate('zh-CN', send, 'linux');
    const en = buildMenuTemplate('en', send, 'linux');
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const accelerators = (menu: typeof en) =>
      menu.flatMap((m) => (m.submenu as { accelerator?: string }[]).map((i) => i.accelerator).filter(Boolean));
    expect(accelerators(zh)).toEqual(accelerators(en));
    expect(accelerators(en)).toContain('CmdOrCtrl+I');
    const importItem = (en[0]!.submenu as { label?: string; click?: () => void }[])[0]!;
    importItem.click!();
    expect(send).toHaveBeenCalledWith('import');
  });
});
