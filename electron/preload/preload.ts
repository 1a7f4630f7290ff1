import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type DesktopBridge } from '../../shared/bridge';

const bridge = {
  appVersion: () => ipcRenderer.invoke(IPC_CHANNELS.appVersion) as Promise<string>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('tbt', bridge);
