// One handler per call of the bridge table (shared/bridge.ts). Each checks who is calling (our
// page, top frame) and validates the argument with the call's schema before doing anything.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { BRIDGE_CALLS, type BridgeCallName, type BridgeHandlers } from '../../shared/bridge';
import { isAppUrl } from './navigationGuards';

/** Only our own page, in its top frame, may call the main process. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: BridgeHandlers<IpcMainInvokeEvent>): void {
  for (const name of Object.keys(BRIDGE_CALLS) as BridgeCallName[]) {
    const { channel, args } = BRIDGE_CALLS[name];
    const handler = handlers[name] as (args: unknown, event: IpcMainInvokeEvent) => unknown;
    ipcMain.handle(channel, (event, raw: unknown) => {
      if (!isTrustedSender(event)) throw new Error(`Refused ${channel}: IPC from an untrusted frame`);
      const parsed = args.safeParse(raw);
      if (!parsed.success) throw new Error(`Refused ${channel}: invalid arguments`);
      return handler(parsed.data, event);
    });
  }
}
