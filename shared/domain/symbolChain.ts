// A notification with its addenda, corrigenda and revisions, in symbol order. Which final date for
// comments is in force is deadline.ts's rule, the same for every screen.
import type { Notification } from './notification';

export interface ChainEntry {
  notification: Notification;
  /** Suffix depth: 0 for the regular notification, 1 for `/Add.1`, 2 for `/Add.1/Corr.1`. */
  depth: number;
}

const symbolOrder = (a: Notification, b: Notification) => a.id.localeCompare(b.id, 'en', { numeric: true });

/** The chain in symbol order (base, Add.1, Add.1/Corr.1, Add.2, Rev.1 …). */
export function symbolChain(related: Notification[]): ChainEntry[] {
  return [...related].sort(symbolOrder).map((notification) => ({ notification, depth: notification.suffixes.length }));
}
