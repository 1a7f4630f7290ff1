import type { App, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../../shared/bridge';
import { isAppUrl } from './navigationGuards';

/** Only our own page, in its top frame, may call the main process. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(ipcMain: IpcMain, app: Pick<App, 'getVersion'>): void {
  ipcMain.handle(IPC_CHANNELS.appVersion, (event) => {
    if (!isTrustedSender(event)) throw new Error('Refused: IPC from an untrusted frame');
    return app.getVersion();
  });
}
