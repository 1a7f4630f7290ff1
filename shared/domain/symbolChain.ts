// A notification with its addenda, corrigenda and revisions, and which final date for comments
// is in force: the one set by the most recent document of the chain that gives a final date.
import type { Notification } from './notification';

export interface ChainEntry {
  notification: Notification;
  /** Suffix depth: 0 for the regular notification, 1 for `/Add.1`, 2 for `/Add.1/Corr.1`. */
  depth: number;
}

const symbolOrder = (a: Notification, b: Notification) => a.id.localeCompare(b.id, 'en', { numeric: true });

/** Oldest first: by distribution date where both have one, otherwise by symbol. */
export function chronological(a: Notification, b: Notification): number {
  if (a.distributionDate && b.distributionDate && a.distributionDate !== b.distributionDate) {
    return a.distributionDate < b.distributionDate ? -1 : 1;
  }
  return symbolOrder(a, b);
}

/** The chain in symbol order (base, Add.1, Add.1/Corr.1, Add.2, Rev.1 …). */
export function symbolChain(related: Notification[]): ChainEntry[] {
  return [...related].sort(symbolOrder).map((notification) => ({ notification, depth: notification.suffixes.length }));
}

export interface DeadlineInForce {
  date: string;
  /** The symbol of the document that set it. */
  setBy: string;
}

export function deadlineInForce(related: Notification[]): DeadlineInForce | null {
  const latestFirst = [...related].sort(chronological).reverse();
  const setter = latestFirst.find((n) => n.finalDateForComments);
  return setter ? { date: setter.finalDateForComments!, setBy: setter.id } : null;
}

/** Whole days from `today` (yyyy-mm-dd) to `date` (yyyy-mm-dd); negative once it has passed. */
export function daysLeft(date: string, today: string): number {
  const day = 86_400_000;
  return Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today.slice(0, 10)}T00:00:00Z`)) / day);
}
