import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { mainWindowOptions } from './windowOptions';
import { installNavigationGuards } from './navigationGuards';
import { isTrustedSender, registerIpcHandlers } from './ipc';
import { BRIDGE_CALLS } from '../../shared/bridge';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

describe('the main window is isolated from Node', () => {
  it('uses context isolation, the sandbox and no Node integration or webviews', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('has a CSP that allows no eval and no remote code', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives['script-src']).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directives['object-src']).toBe("object-src 'none'");
    // Remote hosts appear only in connect-src (data to the sync server), never where code comes from.
    expect(directives['connect-src']).toBe("connect-src 'self' blob: data: http://127.0.0.1:* http://localhost:* https:");
    expect(CONTENT_SECURITY_POLICY.replace(directives['connect-src']!, '')).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });
});

function fakeWebContents() {
  const listeners: Record<string, (...args: unknown[]) => void> = {};
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: (...args: unknown[]) => void) => {
      listeners[name] = listener;
    },
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
    emit: (name: string, ...args: unknown[]) => listeners[name]?.(...args),
    openWindow: (url: string) => windowOpenHandler!({ url }),
  };
}

describe('the window never navigates away from the app', () => {
  it('keeps in-app navigation, refuses the rest and opens web links in the system browser', () => {
    const contents = fakeWebContents();
    const openExternal = vi.fn(async () => {});
    installNavigationGuards(contents as never, openExternal);

    const inApp = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inApp, 'app://tbt/index.html#/review/x');
    expect(inApp.preventDefault).not.toHaveBeenCalled();

    const web = { preventDefault: vi.fn() };
    contents.emit('will-navigate', web, 'https://www.wto.org/');
    expect(web.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.wto.org/');

    const file = { preventDefault: vi.fn() };
    contents.emit('will-navigate', file, 'file:///etc/passwd');
    expect(file.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);

    expect(contents.openWindow('https://epingalert.org/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenLastCalledWith('https://epingalert.org/');
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(2);

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('IPC answers only the app page, with valid arguments', () => {
  const handlers = new Map<string, (event: unknown, args?: unknown) => unknown>();
  const saved: unknown[] = [];
  const tokens: string[] = [];
  registerIpcHandlers({ handle: (channel: string, fn: (event: unknown, args?: unknown) => unknown) => handlers.set(channel, fn) } as never, {
    appVersion: () => '1.2.3',
    setLanguage: () => {},
    saveFile: async (args) => {
      saved.push(args);
      return '/home/u/x.docx';
    },
    syncTokenGet: () => tokens.at(-1) ?? null,
    syncTokenSet: (token) => {
      tokens.push(token);
    },
    syncTokenClear: () => {
      tokens.length = 0;
    },
  });
  const call = (channel: string, args?: unknown, frame: unknown = { url: 'app://tbt/index.html', parent: null }) =>
    handlers.get(channel)!({ senderFrame: frame }, args);
  const { appVersion, saveFile, setLanguage, syncTokenGet, syncTokenSet } = Object.fromEntries(
    Object.entries(BRIDGE_CALLS).map(([name, { channel }]) => [name, channel]),
  ) as Record<keyof typeof BRIDGE_CALLS, string>;

  it('registers one handler per call of the bridge table, on its own channel, and no other', () => {
    const channels = Object.values(BRIDGE_CALLS).map((c) => c.channel);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('answers the top frame of app://tbt', () => {
    expect(call(appVersion!)).toBe('1.2.3');
  });

  it('refuses a sub-frame, another origin, or a missing frame', () => {
    expect(() => call(appVersion!, undefined, { url: 'app://tbt/index.html', parent: {} })).toThrow(/untrusted/);
    expect(() => call(appVersion!, undefined, { url: 'https://evil.example/', parent: null })).toThrow(/untrusted/);
    expect(() => call(syncTokenGet!, undefined, { url: 'https://evil.example/', parent: null })).toThrow(/untrusted/);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
  });

  it('refuses bad arguments before doing anything', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(() => call(saveFile!, { defaultName: '../../etc/passwd', bytes })).toThrow(/invalid arguments/);
    expect(() => call(saveFile!, { defaultName: 'comments.docx', bytes: 'not bytes' })).toThrow(/invalid arguments/);
    expect(() => call(saveFile!, { defaultName: 'comments.docx', bytes, extra: 1 })).toThrow(/invalid arguments/);
    expect(() => call(setLanguage!, 'fr')).toThrow(/invalid arguments/);
    expect(() => call(appVersion!, { unexpected: true })).toThrow(/invalid arguments/);
    expect(saved).toEqual([]);
    await expect(call(saveFile!, { defaultName: 'comments.docx', bytes })).resolves.toBe('/home/u/x.docx');
    expect(saved).toHaveLength(1);
  });

  it('keeps only the sync token: no named secrets, no empty or non-text token', () => {
    expect(() => call(syncTokenSet!, { key: 'other.secret', value: 'x' })).toThrow(/invalid arguments/);
    expect(() => call(syncTokenSet!, '')).toThrow(/invalid arguments/);
    expect(() => call(syncTokenGet!, 'other.secret')).toThrow(/invalid arguments/);
    expect(tokens).toEqual([]);
    call(syncTokenSet!, 'token-1');
    expect(call(syncTokenGet!)).toBe('token-1');
  });
});
