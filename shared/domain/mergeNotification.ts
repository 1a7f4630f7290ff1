// Two copies of the same notification (one already stored on this device, from an ePing import,
// the demo data set or an earlier pull; one arriving from the server or a new import) merged field
// by field, so that no copy ever blanks out what the other knows.
import type { CodeEntry, Link, Notification } from './notification';

/** When this device first stored the record: the stored copy's is kept. */
const KEPT_FROM_STORED = new Set<keyof Notification>(['importedAt']);

/** Dates, codes and the symbol's parts: compared as a whole, never as text that may be shortened. */
const WHOLE_VALUES = new Set<keyof Notification>(['finalDateForComments', 'distributionDate', 'id', 'baseSymbol', 'parentSymbol', 'memberCode', 'agreement', 'type']);

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Whitespace- and case-insensitive form of a text, to tell a shortened copy from a different one. */
function loose(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Free text: the incoming copy, unless it is only a part of the stored one (a shortened title). */
function mergeText(stored: string, incoming: string): string {
  if (loose(stored) !== loose(incoming) && loose(stored).includes(loose(incoming))) return stored;
  return incoming;
}

/** The incoming entries, then the stored ones it lacks (same key); an empty description is filled in. */
function mergeList<T>(stored: readonly T[], incoming: readonly T[], key: (item: T) => string, fill: (kept: T, other: T) => T = (kept) => kept): T[] {
  const storedByKey = new Map(stored.map((item) => [key(item), item]));
  const incomingKeys = new Set(incoming.map(key));
  const merged = incoming.map((item) => {
    const other = storedByKey.get(key(item));
    return other === undefined ? item : fill(item, other);
  });
  return [...merged, ...stored.filter((item) => !incomingKeys.has(key(item)))];
}

const fillCode = (kept: CodeEntry, other: CodeEntry): CodeEntry => (kept.description || !other.description ? kept : { ...kept, description: other.description });
const fillLink = (kept: Link, other: Link): Link => (kept.label || !other.label ? kept : { ...kept, label: other.label });

/**
 * The notification as this device should keep it, given the `stored` copy and an `incoming` one
 * with the same id. For every field, a value beats no value (null, '', []). Where both have one:
 * - dates and other single values: the incoming copy's (a pull brings the committee's shared value,
 *   so every member sees the same final date for comments);
 * - free text: the incoming copy's, unless it is only a shortened form of the stored text;
 * - lists (codes, objectives, keywords, links): the union, incoming entries first;
 * - importedAt: the stored copy's; updatedAt: the later of the two.
 */
export function mergeNotification(stored: Notification, incoming: Notification): Notification {
  const merged: Record<string, unknown> = { ...stored };
  for (const key of Object.keys(incoming) as (keyof Notification)[]) {
    const a = stored[key];
    const b = incoming[key];
    if (isEmpty(b) || KEPT_FROM_STORED.has(key)) continue;
    if (isEmpty(a)) merged[key] = b;
    else if (key === 'hsCodes' || key === 'icsCodes') merged[key] = mergeList(a as CodeEntry[], b as CodeEntry[], (c) => c.code, fillCode);
    else if (key === 'links') merged[key] = mergeList(a as Link[], b as Link[], (l) => l.url, fillLink);
    else if (Array.isArray(b)) merged[key] = key === 'suffixes' ? b : mergeList(a as unknown[], b, (item) => JSON.stringify(item));
    else if (key === 'updatedAt') merged[key] = (a as string) > (b as string) ? a : b;
    else if (typeof b === 'string' && typeof a === 'string' && !WHOLE_VALUES.has(key)) merged[key] = mergeText(a, b);
    else merged[key] = b;
  }
  return merged as unknown as Notification;
}
