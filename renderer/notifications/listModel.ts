// The notification list's data model: rows derived once from the stored records, then filtered,
// sorted and grouped in memory. Pure functions with no React or Dexie, so that benchmarks can time
// them on 50,000 records.
import type { Notification, NotificationType, ReviewStatus } from '../../shared/domain/notification';
import type { CommentStatus } from '../../shared/domain/comment';
import type { SubmissionStage } from '../../shared/compile/sending';
import { daysLeft as daysUntil, deadlineInForce, type DeadlineInForce } from '../../shared/domain/deadline';

export type DeadlineState = 'overdue' | 'near' | 'open' | 'none';

export interface CommentCounts {
  draft: number;
  finished: number;
}

/** What the list shows of a notification: a compact projection, so that 50,000 of them stay small. */
export type ListItem = Pick<
  Notification,
  | 'id'
  | 'agreement'
  | 'memberCode'
  | 'number'
  | 'suffixes'
  | 'baseSymbol'
  | 'parentSymbol'
  | 'type'
  | 'member'
  | 'products'
  | 'hsCodes'
  | 'icsCodes'
  | 'title'
  | 'finalDateForComments'
  | 'distributionDate'
>;

export function toListItem(n: Notification): ListItem {
  return {
    id: n.id,
    agreement: n.agreement,
    memberCode: n.memberCode,
    number: n.number,
    suffixes: n.suffixes,
    baseSymbol: n.baseSymbol,
    parentSymbol: n.parentSymbol,
    type: n.type,
    member: n.member,
    products: n.products,
    hsCodes: n.hsCodes,
    icsCodes: n.icsCodes,
    title: n.title,
    finalDateForComments: n.finalDateForComments,
    distributionDate: n.distributionDate,
  };
}

export interface ListRow {
  id: string;
  notification: ListItem;
  /** The final date for comments in force for the whole group (base and follow-ups). */
  deadline: string | null;
  /** The symbol of the document that set `deadline` (the base, an addendum or a revision). */
  deadlineSetBy: string | null;
  /** Whole days from today to `deadline`; negative when overdue. */
  daysLeft: number | null;
  deadlineState: DeadlineState;
  status: ReviewStatus;
  /** The desk officer's side: ready to send (an approved position, not sent), sent, reply received, closed. */
  submission: SubmissionStage;
  drafts: number;
  finished: number;
  hsChapters: string[];
  /** Precomputed keys, so that sorting 50,000 rows compares plain strings and numbers. */
  symbolKey: string;
  /** Position in symbol order among all rows: the tie-breaker of every sort. */
  symbolRank: number;
  memberKey: string;
  titleKey: string;
  /** Dates as day numbers (null when absent): numbers compare several times faster than strings. */
  distributionDay: number | null;
  deadlineDay: number | null;
}

export type DeadlineWindow = 'all' | 'overdue' | 'next7' | 'next30' | 'none';

export interface ListFilters {
  /** Member code, '' for all. */
  member: string;
  agreement: '' | 'TBT' | 'SPS';
  type: '' | NotificationType;
  /** Two-digit HS chapter, '' for all. */
  hsChapter: string;
  /** Start of an ICS code, e.g. '97' or '11.040', '' for all. */
  icsPrefix: string;
  deadline: DeadlineWindow;
  status: '' | ReviewStatus;
  submission: '' | Exclude<SubmissionStage, 'none'>;
  /** Exactly these notifications (a dashboard chart's drill-down), described by `label`; null for all. */
  selection: { ids: readonly string[]; label: string } | null;
}

export const NO_FILTERS: ListFilters = { member: '', agreement: '', type: '', hsChapter: '', icsPrefix: '', deadline: 'all', status: '', submission: '', selection: null };

export type SortColumn = 'symbol' | 'member' | 'title' | 'distributionDate' | 'deadline' | 'status';

/** TanStack Table's SortingState shape. */
export type Sorting = { id: string; desc: boolean }[];

/** The list's order until the reviewer sorts a column: the nearest deadline first. */
export const DEFAULT_SORTING: Sorting = [{ id: 'deadline', desc: false }];

export const NEAR_DAYS = 7;

/** Counts draft and finished comments per notification from one pass over [notificationId, status] pairs. */
export function countComments(pairs: Iterable<readonly [string, CommentStatus | string]>): Map<string, CommentCounts> {
  const counts = new Map<string, CommentCounts>();
  for (const [notificationId, status] of pairs) {
    let c = counts.get(notificationId);
    if (!c) counts.set(notificationId, (c = { draft: 0, finished: 0 }));
    if (status === 'finished') c.finished++;
    else c.draft++;
  }
  return counts;
}

export function reviewStatus(counts: CommentCounts | undefined): ReviewStatus {
  if (!counts || counts.draft + counts.finished === 0) return 'new';
  return counts.draft > 0 ? 'in_review' : 'finished';
}

export function deadlineState(daysLeft: number | null): DeadlineState {
  if (daysLeft === null) return 'none';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= NEAR_DAYS ? 'near' : 'open';
}

const SUFFIX_ORDER = { Add: 'a', Corr: 'c', Rev: 'r' } as const;

/** Orders symbols by agreement, member, number, then follow-ups (Add.2 before Add.10). */
export function symbolSortKey(n: Pick<Notification, 'agreement' | 'memberCode' | 'number' | 'suffixes'>): string {
  const suffix = n.suffixes.map((s) => SUFFIX_ORDER[s.kind] + String(s.n).padStart(3, '0')).join('');
  return `${n.agreement}/${n.memberCode}/${String(n.number).padStart(7, '0')}/${suffix}`;
}

export function hsChapters(n: Pick<Notification, 'hsCodes'>): string[] {
  const chapters = new Set<string>();
  for (const entry of n.hsCodes) {
    const digits = entry.code.replace(/\D/g, '');
    if (digits.length >= 2) chapters.add(digits.slice(0, 2));
  }
  return [...chapters];
}

/** Derives the list rows once per change of the stored notifications or comments. */
export function prepareRows(
  notifications: readonly ListItem[],
  comments: Map<string, CommentCounts>,
  today: string,
  submissions: ReadonlyMap<string, SubmissionStage> = new Map(),
): ListRow[] {
  const groups = new Map<string, ListItem[]>();
  for (const n of notifications) {
    const group = groups.get(n.baseSymbol);
    if (group) group.push(n);
    else groups.set(n.baseSymbol, [n]);
  }
  const deadlines = new Map<string, DeadlineInForce>();
  for (const [base, members] of groups) deadlines.set(base, deadlineInForce(members[0]!, members));

  const rows: ListRow[] = notifications.map((n) => {
    const inForce = deadlines.get(n.baseSymbol);
    const deadline = inForce?.date ?? null;
    const daysLeft = deadline ? daysUntil(deadline, today) : null;
    const counts = comments.get(n.id);
    return {
      id: n.id,
      notification: n,
      deadline,
      deadlineSetBy: inForce?.setBy ?? null,
      daysLeft,
      deadlineState: deadlineState(daysLeft),
      status: reviewStatus(counts),
      submission: submissions.get(n.id) ?? 'none',
      drafts: counts?.draft ?? 0,
      finished: counts?.finished ?? 0,
      hsChapters: hsChapters(n),
      symbolKey: symbolSortKey(n),
      symbolRank: 0,
      memberKey: n.member.toLowerCase(),
      titleKey: n.title.trim().toLowerCase(),
      distributionDay: dayNumber(n.distributionDate),
      deadlineDay: dayNumber(deadline),
    };
  });
  [...rows].sort((a, b) => compareStrings(a.symbolKey, b.symbolKey)).forEach((row, i) => (row.symbolRank = i));
  return rows;
}

function inWindow(row: ListRow, window: DeadlineWindow): boolean {
  switch (window) {
    case 'all':
      return true;
    case 'none':
      return row.daysLeft === null;
    case 'overdue':
      return row.daysLeft !== null && row.daysLeft < 0;
    case 'next7':
      return row.daysLeft !== null && row.daysLeft >= 0 && row.daysLeft <= 7;
    case 'next30':
      return row.daysLeft !== null && row.daysLeft >= 0 && row.daysLeft <= 30;
  }
}

/** Whether a row passes every filter. */
// One Set per selection, not per row: passesFilters runs once for each of 50,000 rows.
const selectionSets = new WeakMap<NonNullable<ListFilters['selection']>, ReadonlySet<string>>();
function selectedIds(selection: NonNullable<ListFilters['selection']>): ReadonlySet<string> {
  let ids = selectionSets.get(selection);
  if (!ids) selectionSets.set(selection, (ids = new Set(selection.ids)));
  return ids;
}

export function passesFilters(row: ListRow, filters: ListFilters): boolean {
  const n = row.notification;
  const icsPrefix = filters.icsPrefix.trim();
  if (filters.selection && !selectedIds(filters.selection).has(row.id)) return false;
  if (filters.member && n.memberCode !== filters.member) return false;
  if (filters.agreement && n.agreement !== filters.agreement) return false;
  if (filters.type && n.type !== filters.type) return false;
  if (filters.status && row.status !== filters.status) return false;
  if (filters.submission && row.submission !== filters.submission) return false;
  if (filters.hsChapter && !row.hsChapters.includes(filters.hsChapter)) return false;
  if (icsPrefix && !n.icsCodes.some((c) => c.code.startsWith(icsPrefix))) return false;
  return inWindow(row, filters.deadline);
}

/**
 * Keeps the rows that pass every filter. `searchIds`, when given, keeps only the rows a full-text
 * search found.
 */
export function filterNotifications(rows: readonly ListRow[], filters: ListFilters, searchIds?: ReadonlySet<string> | null): ListRow[] {
  return rows.filter((row) => (!searchIds || searchIds.has(row.id)) && passesFilters(row, filters));
}

const STATUS_RANK: Record<ReviewStatus, number> = { new: 0, in_review: 1, finished: 2 };

function dayNumber(isoDate: string | null | undefined): number | null {
  if (!isoDate) return null;
  const time = Date.parse(isoDate.slice(0, 10));
  return Number.isNaN(time) ? null : time / 86_400_000;
}

/** Compares two nullable day numbers with absent ones last whatever the direction. */
function compareDays(a: number | null, b: number | null, desc: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return desc ? b - a : a - b;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two nullable values with empty values last whatever the direction. */
function compareNullable(a: string | null, b: string | null, desc: boolean): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  return desc ? -compareStrings(a, b) : compareStrings(a, b);
}

function compareBy(column: string, a: ListRow, b: ListRow, desc: boolean): number {
  switch (column as SortColumn) {
    case 'symbol':
      return (desc ? -1 : 1) * (a.symbolRank - b.symbolRank);
    case 'member':
      return (desc ? -1 : 1) * compareStrings(a.memberKey, b.memberKey);
    case 'title':
      return compareNullable(a.titleKey, b.titleKey, desc);
    case 'distributionDate':
      return compareDays(a.distributionDay, b.distributionDay, desc);
    case 'deadline':
      return compareDays(a.deadlineDay, b.deadlineDay, desc);
    case 'status':
      return (desc ? -1 : 1) * (STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.drafts + a.finished - (b.drafts + b.finished));
    default:
      return 0;
  }
}

/** The comparison of a sort order: the given columns in order, then symbol, so that the order is always stable. */
export function compareRows(sorting: Sorting): (a: ListRow, b: ListRow) => number {
  return (a, b) => {
    for (const { id, desc } of sorting) {
      const c = compareBy(id, a, b, desc);
      if (c !== 0) return c;
    }
    return a.symbolRank - b.symbolRank;
  };
}

/** Sorts by the given columns in order, then by symbol, so that the order is always stable. */
export function sortNotifications(rows: readonly ListRow[], sorting: Sorting): ListRow[] {
  return [...rows].sort(compareRows(sorting));
}

/** One line of the list as shown: a group's head, or one of its follow-ups when the group is expanded. */
export interface VisibleRow {
  row: ListRow;
  depth: 0 | 1;
  followUps: number;
  expanded: boolean;
}

export interface FilterChoices {
  members: { code: string; name: string }[];
  hsChapters: string[];
}

/** The members and HS chapters the filters offer: those present among the rows. */
export function filterChoices(rows: readonly ListRow[]): FilterChoices {
  const members = new Map<string, string>();
  const chapters = new Set<string>();
  for (const row of rows) {
    members.set(row.notification.memberCode, row.notification.member);
    for (const c of row.hsChapters) chapters.add(c);
  }
  return {
    members: [...members].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name)),
    hsChapters: [...chapters].sort(),
  };
}
