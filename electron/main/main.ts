import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, respondWithAppFile } from './appProtocol';
import { installNavigationGuards } from './navigationGuards';
import { mainWindowOptions } from './windowOptions';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate, type MenuLanguage } from './menu';
import { createSecretStore } from './secretStore';
import { loadWindowState, saveWindowState } from './windowState';
import { IPC_CHANNELS, type MenuCommand } from '../../shared/bridge';

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const rendererRoot = join(__dirname, '..', 'dist', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
const MAX_OPEN_BYTES = 512 * 1024 * 1024;

let mainWindow: BrowserWindow | null = null;

function sendMenuCommand(command: MenuCommand) {
  mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function setMenuLanguage(language: MenuLanguage) {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, sendMenuCommand)));
}

function createMainWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const saved = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow({ ...mainWindowOptions(preloadPath), ...(saved?.bounds ?? {}) });
  if (saved?.maximized) window.maximize();
  installNavigationGuards(window.webContents, (url) => shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => respondWithAppFile(request.url, rendererRoot));
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    const secrets = createSecretStore(join(app.getPath('userData'), 'secrets.json'), safeStorage);

    registerIpcHandlers(ipcMain, {
      appVersion: () => app.getVersion(),
      setLanguage: setMenuLanguage,
      secrets,
      async openFile(args) {
        if (!mainWindow) return null;
        const result = await dialog.showOpenDialog(mainWindow, { title: args.title, filters: args.filters, properties: ['openFile'] });
        const path = result.filePaths[0];
        if (result.canceled || !path) return null;
        if ((await stat(path)).size > MAX_OPEN_BYTES) throw new Error('File too large');
        return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
      },
      async saveFile(args) {
        if (!mainWindow) return null;
        const result = await dialog.showSaveDialog(mainWindow, { title: args.title, defaultPath: args.defaultName, filters: args.filters });
        if (result.canceled || !result.filePath) return null;
        await writeFile(result.filePath, args.bytes);
        return result.filePath;
      },
      async printToPdf(event, args) {
        if (!mainWindow) return null;
        const pdf = await event.sender.printToPDF({ landscape: args.landscape ?? false, printBackground: true });
        const result = await dialog.showSaveDialog(mainWindow, { defaultPath: args.defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
        if (result.canceled || !result.filePath) return null;
        await writeFile(result.filePath, pdf);
        return result.filePath;
      },
    });
    setMenuLanguage(app.getLocale().startsWith('zh') ? 'zh-CN' : 'en');
    mainWindow = createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
