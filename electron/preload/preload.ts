import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, MENU_COMMANDS, type DesktopBridge, type MenuCommand } from '../../shared/bridge';

const bridge = {
  appVersion: () => ipcRenderer.invoke(IPC_CHANNELS.appVersion),
  setLanguage: (language) => ipcRenderer.invoke(IPC_CHANNELS.setLanguage, language),
  openFile: (args) => ipcRenderer.invoke(IPC_CHANNELS.openFile, args),
  saveFile: (args) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, args),
  secretGet: (key) => ipcRenderer.invoke(IPC_CHANNELS.secretGet, key),
  secretSet: (key, value) => ipcRenderer.invoke(IPC_CHANNELS.secretSet, { key, value }),
  secretDelete: (key) => ipcRenderer.invoke(IPC_CHANNELS.secretDelete, key),
  printToPdf: (args) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, args),
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: MenuCommand) => {
      if ((MENU_COMMANDS as readonly string[]).includes(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('tbt', bridge);
