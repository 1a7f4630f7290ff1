import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, respondWithAppFile } from './appProtocol';
import { installNavigationGuards } from './navigationGuards';
import { mainWindowOptions } from './windowOptions';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate, type MenuLanguage } from './menu';
import { installPermissionHandlers } from './permissions';
import { createSyncTokenStore } from './secretStore';
import { loadWindowState, saveWindowState } from './windowState';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/bridge';

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const rendererRoot = join(__dirname, '..', 'dist', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

function sendMenuCommand(command: MenuCommand) {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
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
    installPermissionHandlers(session.defaultSession);
    const syncToken = createSyncTokenStore(join(app.getPath('userData'), 'secrets.json'), safeStorage);

    registerIpcHandlers(ipcMain, {
      appVersion: () => app.getVersion(),
      setLanguage: setMenuLanguage,
      async saveFile(args) {
        if (!mainWindow) return null;
        const result = await dialog.showSaveDialog(mainWindow, { title: args.title, defaultPath: args.defaultName, filters: args.filters });
        if (result.canceled || !result.filePath) return null;
        await writeFile(result.filePath, args.bytes);
        return result.filePath;
      },
      syncTokenGet: () => syncToken.get(),
      syncTokenSet: (token) => syncToken.set(token),
      syncTokenClear: () => syncToken.clear(),
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
