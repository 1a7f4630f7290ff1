// The desktop bridge, declared once: each call the renderer may make of the main process, with
// its IPC channel, the schema its argument must pass and the type of its result. The preload
// (electron/preload) builds `window.tbt` from this table, the main process (electron/main/ipc.ts)
// registers one validated handler per entry, and the renderer's type of `window.tbt` is derived
// from it. Adding a call is one entry here and one handler. The renderer asks for capabilities
// (save bytes, keep the sync token), never for Node.
import { z } from 'zod';

/** A call: its channel, its argument's schema, and (as a type only) its result. */
export interface BridgeCall<Args extends z.ZodType, Result> {
  channel: `${string}:${string}`;
  args: Args;
  /** Never set: carries the result type. */
  result?: Result;
}

function call<Result>() {
  return <Args extends z.ZodType>(channel: `${string}:${string}`, args: Args): BridgeCall<Args, Result> => ({ channel, args });
}

const FileFilterSchema = z.strictObject({
  name: z.string().max(200),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

const FileNameSchema = z.string().min(1).max(255).regex(/^[^/\\:*?"<>|\0]+$/, 'a file name, not a path');

export const BRIDGE_CALLS = {
  appVersion: call<string>()('app:version', z.undefined()),
  setLanguage: call<void>()('app:set-language', z.enum(['zh-CN', 'en'])),
  /** Saves bytes where the user chooses; the path saved to, or null when the user cancels. */
  saveFile: call<string | null>()(
    'dialog:save-file',
    z.strictObject({
      title: z.string().max(200).optional(),
      /** A file name, not a path: the user picks the folder. */
      defaultName: FileNameSchema,
      filters: z.array(FileFilterSchema).max(10).optional(),
      bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array).refine((b) => b.byteLength <= 512 * 1024 * 1024, 'at most 512 MB'),
    }),
  ),
  /** The sync session token, kept encrypted by the OS: the one secret the app keeps. */
  syncTokenGet: call<string | null>()('sync-token:get', z.undefined()),
  syncTokenSet: call<void>()('sync-token:set', z.string().min(1).max(4096)),
  syncTokenClear: call<void>()('sync-token:clear', z.undefined()),
};

export type BridgeCallName = keyof typeof BRIDGE_CALLS;
type ArgsOf<N extends BridgeCallName> = z.input<(typeof BRIDGE_CALLS)[N]['args']>;
type ResultOf<N extends BridgeCallName> = (typeof BRIDGE_CALLS)[N] extends BridgeCall<z.ZodType, infer Result> ? Result : never;

/** What the main process implements for each call, given arguments that passed their schema. */
export type BridgeHandlers<Event> = {
  [N in BridgeCallName]: (args: z.output<(typeof BRIDGE_CALLS)[N]['args']>, event: Event) => ResultOf<N> | Promise<ResultOf<N>>;
};

/** Commands from the native menus, sent to the renderer on MENU_COMMAND_CHANNEL. */
export const MENU_COMMANDS = ['import', 'backup', 'restore', 'settings', 'notifications', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** `window.tbt` as the renderer sees it. */
export type DesktopBridge = {
  [N in BridgeCallName]: (...args: ArgsOf<N> extends undefined ? [] : [ArgsOf<N>]) => Promise<ResultOf<N>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
