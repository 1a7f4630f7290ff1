// Routing: which committees (and, within one, which experts) should review a new notification.
// Pure, so that the app ranks offline and the server the same way: the committee's declared
// scope, plus the institute's history (who took, and who commented on, earlier notifications with
// the same HS headings, ICS codes, notifying member and referenced standard). Each suggestion
// carries its reasons as structured data that each language words.
import { standardKey } from '../precedents/standardRef';

export interface CommitteeScope {
  committeeId: string;
  /** ICS codes or prefixes, e.g. `97.200.50` or `97.200`. */
  ics: string[];
  /** HS chapters (2 digits) or headings (4 digits and more). */
  hs: string[];
  keywordsZh: string[];
  keywordsEn: string[];
}

/** A notification to route: its codes, member, referenced standards and title. */
export interface RoutingNotification {
  notificationId: string;
  memberCode: string;
  hsCodes: string[];
  icsCodes: string[];
  standards: string[];
  title: string;
}

/** An earlier notification and who dealt with it. */
export interface RoutedNotification extends RoutingNotification {
  /** ISO date; history is read oldest to newest. */
  distributedAt: string;
  committeeIds: string[];
  /** The experts who commented on it, per committee. */
  commenters: { committeeId: string; expertId: string }[];
}

export type RoutingKey = { kind: 'hs'; code: string } | { kind: 'ics'; code: string } | { kind: 'member'; code: string } | { kind: 'standard'; code: string };

export type RoutingReason =
  | { kind: 'scope_ics'; code: string; scope: string }
  | { kind: 'scope_hs'; code: string; scope: string }
  | { kind: 'scope_keyword'; keyword: string }
  /** `taken` of the last `of` notifications with `key` went to this committee. */
  | { kind: 'history'; key: RoutingKey; taken: number; of: number };

export interface ExpertSuggestion {
  expertId: string;
  /** How many of the recent notifications sharing a key with this one the expert commented on. */
  commentedOn: number;
}

export interface CommitteeSuggestion {
  committeeId: string;
  score: number;
  reasons: RoutingReason[];
  experts: ExpertSuggestion[];
}

/** How many of the newest notifications per key the history remembers ("the last 15"). */
export const HISTORY_WINDOW = 15;

// One home for the weights. The HS heading and ICS code say what the products are; the history of a
// key counts by the share of its recent notifications the committee took; member and standard
// are weaker hints.
export const ROUTING_WEIGHTS = {
  scopeIcs: 2,
  scopeHs: 2,
  scopeKeyword: 1,
  history: { hs: 4, ics: 3, member: 0.5, standard: 1.5 },
} as const;

const digits = (code: string) => code.replace(/\D/g, '');
const hsHeading = (code: string) => {
  const d = digits(code);
  return d.length >= 4 ? d.slice(0, 4) : null;
};

function keysOf(n: RoutingNotification): RoutingKey[] {
  const keys: RoutingKey[] = [];
  for (const h of new Set(n.hsCodes.map(hsHeading))) if (h) keys.push({ kind: 'hs', code: h });
  for (const c of new Set(n.icsCodes.map((c) => c.trim()))) if (c) keys.push({ kind: 'ics', code: c });
  if (n.memberCode) keys.push({ kind: 'member', code: n.memberCode });
  for (const s of new Set(n.standards.map(standardKey))) if (s) keys.push({ kind: 'standard', code: s });
  return keys;
}
const keyId = (key: RoutingKey) => `${key.kind}:${key.code}`;

interface Recent {
  notificationId: string;
  committeeIds: string[];
  commenters: { committeeId: string; expertId: string }[];
}

/** The newest HISTORY_WINDOW notifications for each key. Add in order of distribution. */
export class RoutingHistory {
  private readonly recent = new Map<string, Recent[]>();

  add(notification: RoutedNotification): void {
    for (const key of keysOf(notification)) {
      const id = keyId(key);
      const list = this.recent.get(id) ?? [];
      list.push({ notificationId: notification.notificationId, committeeIds: notification.committeeIds, commenters: notification.commenters });
      if (list.length > HISTORY_WINDOW) list.shift();
      this.recent.set(id, list);
    }
  }

  of(key: RoutingKey): readonly Recent[] {
    return this.recent.get(keyId(key)) ?? [];
  }
}

export function routingHistory(routed: readonly RoutedNotification[]): RoutingHistory {
  const history = new RoutingHistory();
  for (const n of [...routed].sort((a, b) => a.distributedAt.localeCompare(b.distributedAt))) history.add(n);
  return history;
}

function scopeReasons(scope: CommitteeScope, n: RoutingNotification, titleLower: string): RoutingReason[] {
  const reasons: RoutingReason[] = [];
  for (const code of n.icsCodes) {
    const prefix = scope.ics.filter((s) => code === s || code.startsWith(`${s}.`)).sort((a, b) => b.length - a.length)[0];
    if (prefix) reasons.push({ kind: 'scope_ics', code, scope: prefix });
  }
  for (const code of n.hsCodes) {
    const d = digits(code);
    const prefix = scope.hs.filter((s) => d.startsWith(digits(s))).sort((a, b) => b.length - a.length)[0];
    if (prefix) reasons.push({ kind: 'scope_hs', code: d, scope: prefix });
  }
  for (const keyword of [...scope.keywordsEn, ...scope.keywordsZh]) if (keyword && titleLower.includes(keyword.toLowerCase())) reasons.push({ kind: 'scope_keyword', keyword });
  return reasons;
}

/** Committees for `notification`, best first, each with its reasons and its likely experts. */
export function suggestCommittees(notification: RoutingNotification, scopes: readonly CommitteeScope[], history: RoutingHistory, limit = 5): CommitteeSuggestion[] {
  const w = ROUTING_WEIGHTS;
  // experts: expert id → the earlier notifications (by id) they commented on, each counted once across keys.
  const found = new Map<string, { score: number; reasons: RoutingReason[]; experts: Map<string, Set<string>> }>();
  const entry = (committeeId: string) => {
    let e = found.get(committeeId);
    if (!e) found.set(committeeId, (e = { score: 0, reasons: [], experts: new Map() }));
    return e;
  };
  const titleLower = notification.title.toLowerCase();
  for (const scope of scopes) {
    const reasons = scopeReasons(scope, notification, titleLower);
    if (!reasons.length) continue;
    const e = entry(scope.committeeId);
    if (reasons.some((r) => r.kind === 'scope_ics')) e.score += w.scopeIcs;
    if (reasons.some((r) => r.kind === 'scope_hs')) e.score += w.scopeHs;
    if (reasons.some((r) => r.kind === 'scope_keyword')) e.score += w.scopeKeyword;
    e.reasons.push(...reasons);
  }
  for (const key of keysOf(notification)) {
    const recent = history.of(key);
    if (!recent.length) continue;
    const taken = new Map<string, number>();
    for (const r of recent) {
      for (const c of r.committeeIds) taken.set(c, (taken.get(c) ?? 0) + 1);
      for (const { committeeId, expertId } of r.commenters) {
        const experts = entry(committeeId).experts;
        let seen = experts.get(expertId);
        if (!seen) experts.set(expertId, (seen = new Set()));
        seen.add(r.notificationId);
      }
    }
    for (const [committeeId, count] of taken) {
      const e = entry(committeeId);
      e.score += w.history[key.kind] * (count / recent.length);
      e.reasons.push({ kind: 'history', key, taken: count, of: recent.length });
    }
  }
  return [...found]
    .filter(([, e]) => e.score > 0)
    .map(([committeeId, e]) => ({
      committeeId,
      score: e.score,
      reasons: e.reasons,
      experts: [...e.experts].map(([expertId, notifications]) => ({ expertId, commentedOn: notifications.size })).sort((a, b) => b.commentedOn - a.commentedOn || a.expertId.localeCompare(b.expertId)).slice(0, 5),
    }))
    .sort((a, b) => b.score - a.score || a.committeeId.localeCompare(b.committeeId))
    .slice(0, limit);
}
