// The desktop bridge (window.tbt, from electron/preload) when running in Electron, and the
// browser's own means otherwise: downloads instead of a save dialog, a file input instead of an
// open dialog.
import type { DesktopBridge, FileFilter } from '../../shared/bridge';

export const desktop: DesktopBridge | undefined = (globalThis as { tbt?: DesktopBridge }).tbt;

/** Saves bytes where the user chooses; in a browser, downloads them. False when cancelled. */
export async function saveBytes(defaultName: string, bytes: Uint8Array, filters?: FileFilter[]): Promise<boolean> {
  if (desktop) return (await desktop.saveFile({ defaultName, bytes, filters })) !== null;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  const link = document.createElement('a');
  link.href = url;
  link.download = defaultName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
