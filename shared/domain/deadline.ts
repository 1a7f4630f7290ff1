// Which final date for comments is in force for a notification, given its follow-ups: an addendum
// or corrigendum may set a new final date; a revision replaces the notification and everything
// issued for it before the revision.
import type { Notification, SymbolSuffix } from './notification';

export type DeadlineDoc = Pick<Notification, 'id' | 'baseSymbol' | 'suffixes' | 'finalDateForComments' | 'distributionDate'>;

export interface DeadlineInForce {
  /** ISO yyyy-mm-dd, or null when no document in force gives one. */
  date: string | null;
  /** The symbol of the document that set it. */
  setBy: string | null;
}

/** Issue order without dates: a document comes after the one it extends; otherwise by suffix numbers. */
function compareChains(a: readonly SymbolSuffix[], b: readonly SymbolSuffix[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = a[i]!.n - b[i]!.n;
    if (diff !== 0 || a[i]!.kind !== b[i]!.kind) return diff || KIND_ORDER[a[i]!.kind] - KIND_ORDER[b[i]!.kind];
  }
  return a.length - b.length;
}

/** At equal numbers a revision comes last (it replaces what came before); Add before Corr keeps the order total. */
const KIND_ORDER: Record<SymbolSuffix['kind'], number> = { Add: 0, Corr: 1, Rev: 2 };

/**
 * Issue order: by distribution date; a document without one goes right after the latest dated
 * document before it in symbol order. Sorting on these keys is a total order, so every screen gets
 * the same answer whatever order it read the documents in.
 */
function inIssueOrder(docs: readonly DeadlineDoc[]): DeadlineDoc[] {
  const bySymbol = [...docs].sort((a, b) => compareChains(a.suffixes, b.suffixes) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let latest = '';
  const keyed = bySymbol.map((doc, rank) => {
    if (doc.distributionDate && doc.distributionDate > latest) latest = doc.distributionDate;
    return { doc, day: doc.distributionDate ?? latest, rank };
  });
  return keyed.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.rank - b.rank)).map((k) => k.doc);
}

/** The deadline in force for `notification`'s family (all documents sharing its base symbol). */
export function deadlineInForce(notification: DeadlineDoc, related: readonly DeadlineDoc[]): DeadlineInForce {
  const family = new Map<string, DeadlineDoc>([[notification.id, notification]]);
  for (const doc of related) if (doc.baseSymbol === notification.baseSymbol) family.set(doc.id, doc);
  const ordered = inIssueOrder([...family.values()]);
  let start = 0;
  ordered.forEach((doc, i) => {
    if (doc.suffixes.at(-1)?.kind === 'Rev') start = i;
  });
  for (let i = ordered.length - 1; i >= start; i--) {
    const doc = ordered[i]!;
    if (doc.finalDateForComments) return { date: doc.finalDateForComments, setBy: doc.id };
  }
  return { date: null, setBy: null };
}

const DAY_MS = 86_400_000;

function utcDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Whole days from `today` to `deadline` (both ISO yyyy-mm-dd): 0 on the day itself, negative once passed. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((utcDay(deadline) - utcDay(today)) / DAY_MS);
}
