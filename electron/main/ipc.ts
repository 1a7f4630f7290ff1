// Every IPC handler checks who is calling (our page, top frame) and validates its arguments with
// the schemas in shared/bridge.ts before doing anything.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { IPC_CHANNELS, type OpenedFile } from '../../shared/bridge';
import {
  LanguageSchema,
  NoArgsSchema,
  OpenFileArgsSchema,
  PrintToPdfArgsSchema,
  SaveFileArgsSchema,
  SecretKeySchema,
  SecretSetArgsSchema,
} from '../../shared/bridgeSchemas';
import { isAppUrl } from './navigationGuards';

/** Only our own page, in its top frame, may call the main process. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** What the handlers need from Electron, injected so that each can be tested without it. */
export interface IpcServices {
  appVersion(): string;
  setLanguage(language: z.infer<typeof LanguageSchema>): void;
  openFile(args: z.infer<typeof OpenFileArgsSchema>): Promise<OpenedFile | null>;
  saveFile(args: z.infer<typeof SaveFileArgsSchema>): Promise<string | null>;
  secrets: { get(key: string): string | null; set(key: string, value: string): void; delete(key: string): void };
  printToPdf(event: IpcMainInvokeEvent, args: z.infer<typeof PrintToPdfArgsSchema>): Promise<string | null>;
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, services: IpcServices): void {
  function handle<S extends z.ZodType, R>(channel: string, schema: S, handler: (args: z.infer<S>, event: IpcMainInvokeEvent) => R) {
    ipcMain.handle(channel, (event, raw: unknown) => {
      if (!isTrustedSender(event)) throw new Error(`Refused ${channel}: IPC from an untrusted frame`);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw new Error(`Refused ${channel}: invalid arguments`);
      return handler(parsed.data, event);
    });
  }
  handle(IPC_CHANNELS.appVersion, NoArgsSchema, () => services.appVersion());
  handle(IPC_CHANNELS.setLanguage, LanguageSchema, (language) => services.setLanguage(language));
  handle(IPC_CHANNELS.openFile, OpenFileArgsSchema, (args) => services.openFile(args));
  handle(IPC_CHANNELS.saveFile, SaveFileArgsSchema, (args) => services.saveFile(args));
  handle(IPC_CHANNELS.secretGet, SecretKeySchema, (key) => services.secrets.get(key));
  handle(IPC_CHANNELS.secretSet, SecretSetArgsSchema, ({ key, value }) => services.secrets.set(key, value));
  handle(IPC_CHANNELS.secretDelete, SecretKeySchema, (key) => services.secrets.delete(key));
  handle(IPC_CHANNELS.printToPdf, PrintToPdfArgsSchema, (args, event) => services.printToPdf(event, args));
}
