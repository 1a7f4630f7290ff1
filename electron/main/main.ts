import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, respondWithAppFile } from './appProtocol';
import { installNavigationGuards } from './navigationGuards';
import { mainWindowOptions } from './windowOptions';
import { registerIpcHandlers } from './ipc';

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const rendererRoot = join(__dirname, '..', 'dist', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  installNavigationGuards(window.webContents, (url) => shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => respondWithAppFile(request.url, rendererRoot));
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    registerIpcHandlers(ipcMain, app);
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
