// `window.tbt`: one function per call of the bridge table (shared/bridge.ts), each sending its one
// argument on the call's channel, and a listener for the native menus' commands.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CALLS, MENU_COMMAND_CHANNEL, MENU_COMMANDS, type DesktopBridge, type MenuCommand } from '../../shared/bridge';

const calls = Object.fromEntries(
  Object.entries(BRIDGE_CALLS).map(([name, { channel }]) => [name, (args?: unknown) => ipcRenderer.invoke(channel, args)]),
) as Omit<DesktopBridge, 'onMenuCommand'>;

const bridge = {
  ...calls,
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_event: unknown, command: MenuCommand) => {
      if ((MENU_COMMANDS as readonly string[]).includes(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('tbt', bridge);
