import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appProtocol';
import { BRIDGE_CALLS } from '../../shared/bridge';

// main.ts itself, imported with Electron replaced by recording fakes: what it registers before
// `ready`, what it installs once ready, and how those handlers answer.
type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    singleInstance: true,
    resolveReady: () => {},
    appListeners: {} as Record<string, Listener>,
    privileged: [] as unknown[],
    protocolHandlers: {} as Record<string, (request: { url: string }) => Promise<Response>>,
    ipcChannels: [] as string[],
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    quit: 0,
  };
  function fakeContents() {
    const listeners: Record<string, Listener> = {};
    return {
      listeners,
      on: (name: string, listener: Listener) => void (listeners[name] = listener),
      setWindowOpenHandler: () => {},
      send: () => {},
    };
  }
  class BrowserWindow {
    webContents = fakeContents();
    private record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      state.windows.push(this.record);
    }
    static getAllWindows = () => state.windows;
    once() {}
    on() {}
    show() {}
    maximize() {}
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => state.singleInstance,
      quit: () => void state.quit++,
      on: (name: string, listener: Listener) => void (state.appListeners[name] = listener),
      whenReady: () => new Promise<void>((resolve) => (state.resolveReady = resolve)),
      getPath: () => '',
      getVersion: () => '0.0.0-test',
      getLocale: () => 'zh-CN',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => void (state.protocolHandlers[scheme] = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
      },
    },
    ipcMain: { handle: (channel: string) => void state.ipcChannels.push(channel) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
    BrowserWindow,
    screen: { getAllDisplays: () => [] },
    safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
    dialog: {},
    shell: { openExternal: async () => {} },
  };
  return { state, electron, fakeContents };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

async function startMain({ singleInstance = true } = {}) {
  fake.state.singleInstance = singleInstance;
  fake.electron.app.getPath = () => mkdtempSync(join(tmpdir(), 'tbt-main-'));
  await import('./main');
}

async function becomeReady() {
  fake.state.resolveReady();
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
}

beforeEach(() => {
  vi.resetModules();
  Object.assign(fake.state, { appListeners: {}, privileged: [], protocolHandlers: {}, ipcChannels: [], permissionRequest: null, permissionCheck: null, windows: [], quit: 0 });
});
afterEach(() => vi.restoreAllMocks());

describe('the main process entry', () => {
  it('registers app:// as a privileged scheme before ready, and nothing else until then', async () => {
    await startMain();
    expect(fake.state.privileged).toEqual([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(fake.state.protocolHandlers).toEqual({});
    expect(fake.state.windows).toEqual([]);
  });

  it('once ready: serves app:// from the bundle only, installs one IPC handler per bridge call and opens the isolated window on the app', async () => {
    await startMain();
    await becomeReady();
    const serve = fake.state.protocolHandlers[APP_SCHEME]!;
    expect((await serve({ url: 'app://tbt/../../package.json' })).status).toBe(404);
    expect((await serve({ url: 'app://elsewhere/index.html' })).status).toBe(404);
    expect([...fake.state.ipcChannels].sort()).toEqual(Object.values(BRIDGE_CALLS).map((c) => c.channel).sort());
    const [window] = fake.state.windows;
    expect(window!.loaded).toEqual([APP_ENTRY_URL]);
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('grants the app page persistent storage and refuses every other permission or requester', async () => {
    await startMain();
    await becomeReady();
    const request = (permission: string, requestingUrl: string, isMainFrame = true) => {
      const callback = vi.fn();
      fake.state.permissionRequest!({}, permission, callback, { requestingUrl, isMainFrame });
      return callback.mock.calls[0]![0] as boolean;
    };
    expect(request('persistent-storage', 'app://tbt/index.html')).toBe(true);
    for (const permission of ['geolocation', 'notifications', 'media', 'clipboard-read', 'openExternal', 'fileSystem', 'unknown']) {
      expect(request(permission, 'app://tbt/index.html'), permission).toBe(false);
    }
    expect(request('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(request('persistent-storage', 'app://tbt/index.html', false)).toBe(false);

    const check = (permission: string, origin: string, isMainFrame = true) => fake.state.permissionCheck!({}, permission, origin, { requestingUrl: origin, isMainFrame });
    expect(check('persistent-storage', 'app://tbt')).toBe(true);
    expect(check('geolocation', 'app://tbt')).toBe(false);
    expect(check('persistent-storage', 'https://evil.example')).toBe(false);
  });

  it('refuses <webview> in any web contents created', async () => {
    await startMain();
    const contents = fake.fakeContents();
    fake.state.appListeners['web-contents-created']!({}, contents);
    const event = { preventDefault: vi.fn() };
    contents.listeners['will-attach-webview']!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('quits at once when another instance already runs', async () => {
    await startMain({ singleInstance: false });
    expect(fake.state.quit).toBe(1);
    expect(fake.state.appListeners).toEqual({});
  });
});
