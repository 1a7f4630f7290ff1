// The comment rate (desk officers, admin): how many notifications were received, assigned,
// commented on (at least one finished comment), given an approved committee position and
// submitted before the deadline, per period and broken down by committee, notifying member, HS
// chapter and ICS field; days from distribution to the first finished comment; deadlines missed
// and at risk. Pure: the app computes it offline on synced data.

export interface DashboardInput {
  notifications: readonly { id: string; memberCode: string; distributionDate: string | null; finalDateForComments: string | null; hsCodes: readonly { code: string }[]; icsCodes: readonly { code: string }[] }[];
  assignments: readonly { notificationId: string; committeeId: string }[];
  /** Only finished comments count; `at` is when it was finished (its last update). */
  comments: readonly { notificationId: string; status: 'draft' | 'finished'; updatedAt: string }[];
  positions: readonly { notificationId: string; committeeId: string; approved: boolean }[];
  sendingRecords: readonly { notificationId: string; sentAt: string }[];
}

export const PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const MEASURES = ['received', 'assigned', 'commented', 'approved', 'submittedInTime'] as const;
export type Measure = (typeof MEASURES)[number];
export type Counts = Record<Measure, number>;

/** What is known of one notification; every count and drill-down reads these. */
export interface NotificationFacts {
  id: string;
  period: string;
  memberCode: string;
  committees: string[];
  hsChapters: string[];
  icsFields: string[];
  deadline: string | null;
  measures: Record<Measure, boolean>;
  /** Days from distribution to the first finished comment; null when none (or no distribution date). */
  daysToFirstComment: number | null;
}

export const AT_RISK_DAYS = 14;
const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY);

export const NO_PERIOD = '—';

/** The period a day falls in: '2025-W11' (ISO week), '2025-03', '2025-Q1' or '2025'; '—' without a date. */
export function periodOf(date: string | null, period: Period): string {
  if (!date) return NO_PERIOD;
  const [y, m] = [date.slice(0, 4), Number(date.slice(5, 7))];
  if (period === 'week') return isoWeek(date);
  return period === 'year' ? y : period === 'quarter' ? `${y}-Q${Math.ceil(m / 3)}` : date.slice(0, 7);
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), as PostgreSQL's to_char(d, 'IYYY-"W"IW'). */
function isoWeek(date: string): string {
  const day = new Date(Date.parse(date.slice(0, 10)));
  const thursday = new Date(day.getTime() + (4 - (day.getUTCDay() || 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The two-digit HS chapters of a notification's codes ('9503' → '95'); a chapter's chapter is itself. */
export function hsChapters(codes: readonly { code: string }[]): string[] {
  return [...new Set(codes.map((c) => c.code.replace(/\D/g, '').slice(0, 2)).filter((c) => c.length === 2))];
}

/** The ICS fields of a notification's codes ('97.200.50' → '97'); a field's field is itself. */
export function icsFields(codes: readonly { code: string }[]): string[] {
  return [...new Set(codes.map((c) => c.code.trim().split('.')[0]!).filter(Boolean))];
}

export function notificationFacts(input: DashboardInput, period: Period): NotificationFacts[] {
  const committees = new Map<string, string[]>();
  for (const a of input.assignments) committees.set(a.notificationId, [...(committees.get(a.notificationId) ?? []), a.committeeId]);
  const firstFinished = new Map<string, string>();
  for (const c of input.comments) {
    if (c.status !== 'finished') continue;
    const seen = firstFinished.get(c.notificationId);
    if (!seen || c.updatedAt < seen) firstFinished.set(c.notificationId, c.updatedAt);
  }
  const approved = new Set(input.positions.filter((p) => p.approved).map((p) => p.notificationId));
  const sentAt = new Map(input.sendingRecords.map((r) => [r.notificationId, r.sentAt]));
  return input.notifications.map((n) => {
    const first = firstFinished.get(n.id);
    const sent = sentAt.get(n.id);
    const assignedTo = committees.get(n.id) ?? [];
    return {
      id: n.id,
      period: periodOf(n.distributionDate, period),
      memberCode: n.memberCode,
      committees: assignedTo,
      hsChapters: hsChapters(n.hsCodes),
      icsFields: icsFields(n.icsCodes),
      deadline: n.finalDateForComments,
      measures: {
        received: true,
        assigned: assignedTo.length > 0,
        commented: first !== undefined,
        approved: approved.has(n.id),
        submittedInTime: sent !== undefined && (n.finalDateForComments === null || sent.slice(0, 10) <= n.finalDateForComments),
      },
      daysToFirstComment: first && n.distributionDate ? Math.max(0, days(n.distributionDate, first)) : null,
    };
  });
}

export type Dimension = 'period' | 'committee' | 'member' | 'hsChapter' | 'icsField';

const keysIn = (f: NotificationFacts, dimension: Dimension): readonly string[] =>
  dimension === 'period' ? [f.period] : dimension === 'member' ? [f.memberCode] : dimension === 'committee' ? f.committees : dimension === 'hsChapter' ? f.hsChapters : f.icsFields;

const zero = (): Counts => ({ received: 0, assigned: 0, commented: 0, approved: 0, submittedInTime: 0 });

/** Counts per key of `dimension`; a notification with two committees (or chapters) counts under each. */
export function countBy(facts: readonly NotificationFacts[], dimension: Dimension): Map<string, Counts> {
  const result = new Map<string, Counts>();
  for (const f of facts) {
    for (const key of keysIn(f, dimension)) {
      let counts = result.get(key);
      if (!counts) result.set(key, (counts = zero()));
      for (const m of MEASURES) if (f.measures[m]) counts[m]++;
    }
  }
  return result;
}

/** A chart cell a user clicks: which notifications it counts. */
export interface DrillDown {
  dimension: Dimension;
  key: string;
  measure: Measure;
}

export function drillDown(facts: readonly NotificationFacts[], cell: DrillDown): string[] {
  return facts.filter((f) => f.measures[cell.measure] && keysIn(f, cell.dimension).includes(cell.key)).map((f) => f.id);
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Upper bounds (inclusive) of the days-to-first-comment buckets; the last bucket is open. */
export const DAY_BUCKETS = [7, 14, 30, 60] as const;

export function daysDistribution(facts: readonly NotificationFacts[]): { median: number | null; buckets: number[] } {
  const values = facts.map((f) => f.daysToFirstComment).filter((d): d is number => d !== null);
  const buckets = new Array<number>(DAY_BUCKETS.length + 1).fill(0);
  for (const d of values) {
    const i = DAY_BUCKETS.findIndex((limit) => d <= limit);
    buckets[i === -1 ? DAY_BUCKETS.length : i]!++;
  }
  return { median: median(values), buckets };
}

/**
 * Missed: the deadline has passed (before `today`) and nothing was submitted by it. At risk: the
 * deadline is today or within AT_RISK_DAYS and no comment is finished yet.
 */
export function deadlines(facts: readonly NotificationFacts[], today: string): { missed: string[]; atRisk: string[] } {
  const horizon = new Date(Date.parse(today) + AT_RISK_DAYS * DAY).toISOString().slice(0, 10);
  const missed: string[] = [];
  const atRisk: string[] = [];
  for (const f of facts) {
    if (!f.deadline) continue;
    if (f.deadline < today && !f.measures.submittedInTime) missed.push(f.id);
    else if (f.deadline >= today && f.deadline <= horizon && !f.measures.commented) atRisk.push(f.id);
  }
  return { missed, atRisk };
}

/** A chart's rows: a key of the dimension and its counts, periods in time order, the others largest first. */
export type Breakdown = { key: string; counts: Counts }[];

/** Everything the dashboard shows, small enough to post from a worker or send from the server. */
export interface DashboardFigures {
  totals: Counts;
  breakdowns: Record<Dimension, Breakdown>;
  days: { median: number | null; buckets: number[] };
  missed: number;
  atRisk: number;
}

export const DIMENSIONS: readonly Dimension[] = ['period', 'committee', 'member', 'hsChapter', 'icsField'];

export function breakdown(facts: readonly NotificationFacts[], dimension: Dimension): Breakdown {
  return sortBreakdown(dimension, [...countBy(facts, dimension)].map(([key, counts]) => ({ key, counts })));
}

/** Periods in time order; other keys largest first (most received), then by key. */
export function sortBreakdown(dimension: Dimension, rows: Breakdown): Breakdown {
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return dimension === 'period' ? rows.sort(byKey) : rows.sort((a, b) => b.counts.received - a.counts.received || byKey(a, b));
}

export function dashboardFigures(facts: readonly NotificationFacts[], today: string): DashboardFigures {
  const totals = zero();
  for (const f of facts) for (const m of MEASURES) if (f.measures[m]) totals[m]++;
  const { missed, atRisk } = deadlines(facts, today);
  return {
    totals,
    breakdowns: Object.fromEntries(DIMENSIONS.map((d) => [d, breakdown(facts, d)])) as Record<Dimension, Breakdown>,
    days: daysDistribution(facts),
    missed: missed.length,
    atRisk: atRisk.length,
  };
}

/** The notifications in a bucket of daysDistribution (index into DAY_BUCKETS, the last one open). */
export function inDayBucket(facts: readonly NotificationFacts[], bucket: number): string[] {
  const low = bucket === 0 ? -Infinity : DAY_BUCKETS[bucket - 1]!;
  const high = DAY_BUCKETS[bucket] ?? Infinity;
  return facts.filter((f) => f.daysToFirstComment !== null && f.daysToFirstComment > low && f.daysToFirstComment <= high).map((f) => f.id);
}
