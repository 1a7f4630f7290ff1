// The one object the preload exposes to the renderer as `window.tbt`. The renderer asks for
// capabilities (pick a file, save bytes, keep a secret), never for Node. The argument schemas the
// main process checks are in bridgeSchemas.ts (kept apart so the preload stays tiny).

export const IPC_CHANNELS = {
  appVersion: 'app:version',
  setLanguage: 'app:set-language',
  openFile: 'dialog:open-file',
  saveFile: 'dialog:save-file',
  secretGet: 'secret:get',
  secretSet: 'secret:set',
  secretDelete: 'secret:delete',
  printToPdf: 'print:to-pdf',
  menuCommand: 'menu:command',
} as const;

export const MENU_COMMANDS = ['import', 'backup', 'restore', 'settings', 'notifications', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type BridgeLanguage = 'zh-CN' | 'en';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFileArgs {
  title?: string;
  filters?: FileFilter[];
}

export interface SaveFileArgs {
  title?: string;
  /** A file name, not a path: the user picks the folder. */
  defaultName: string;
  filters?: FileFilter[];
  bytes: Uint8Array;
}

export interface PrintToPdfArgs {
  defaultName: string;
  landscape?: boolean;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface DesktopBridge {
  appVersion(): Promise<string>;
  setLanguage(language: BridgeLanguage): Promise<void>;
  /** Null when the user cancels. */
  openFile(args: OpenFileArgs): Promise<OpenedFile | null>;
  /** The path saved to, or null when the user cancels. */
  saveFile(args: SaveFileArgs): Promise<string | null>;
  secretGet(key: string): Promise<string | null>;
  secretSet(key: string, value: string): Promise<void>;
  secretDelete(key: string): Promise<void>;
  /** Prints the current page to a PDF the user chooses; the path, or null when cancelled. */
  printToPdf(args: PrintToPdfArgs): Promise<string | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
