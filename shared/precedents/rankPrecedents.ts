// Precedents: the institute's earlier comments and positions on similar measures, ranked for the
// notification under review. Pure: the caller passes only what the user may see (their own
// comments, the positions and colleagues' comments synced to them), so the ranking works offline.
import type { TextAnchor } from '../domain/comment';
import { bigrams, jaccard } from '../compile/similarity';
import { standardKey } from './standardRef';

/** What happened to a precedent after it was written. */
export interface PrecedentOutcome {
  /** The secretary's decision on the compiled comment it went into; null when not compiled. */
  decision: 'pending' | 'accepted' | 'rejected' | 'modified' | null;
  /** Sent to the notifying member in the submission. */
  sent: boolean;
  /** The member's reply for this comment: taken into account, partly, or not. */
  memberOutcome: 'taken' | 'partly' | 'not_taken' | null;
  /** The reply's summary, when one was received. */
  replySummary: string | null;
}

/** One earlier comment (an expert's, or a committee's compiled comment) with its notification's data. */
export interface PrecedentSource {
  id: string;
  kind: 'comment' | 'position';
  notificationId: string;
  /** The notification's title (item 5). */
  title: string;
  /** Member code from the symbol, e.g. `EU`. */
  memberCode: string;
  hsCodes: string[];
  icsCodes: string[];
  referenceStandard: string;
  referenceClause: string;
  clause: string;
  commentZh: string;
  commentEn: string;
  proposedChangeZh: string;
  proposedChangeEn: string;
  anchor: TextAnchor | null;
  outcome: PrecedentOutcome;
  /** ISO date-time; the newer of two equal precedents comes first. */
  writtenAt: string;
}

/** The notification under review, as the ranking compares it. */
export interface PrecedentQuery {
  notificationId: string;
  title: string;
  products: string;
  memberCode: string;
  hsCodes: string[];
  icsCodes: string[];
  /** Standards named by the notification (item 8) or the comment being written. */
  standards: string[];
}

/** Why a precedent was ranked: structured, so that each language words it. */
export type PrecedentReason =
  | { kind: 'same_member'; memberCode: string }
  | { kind: 'hs'; codes: string[]; level: 'heading' | 'chapter' }
  | { kind: 'ics'; codes: string[]; level: 'code' | 'group' | 'field' }
  | { kind: 'standard'; standard: string }
  | { kind: 'similar_text'; percent: number };

export interface RankedPrecedent {
  source: PrecedentSource;
  score: number;
  reasons: PrecedentReason[];
}

// One home for the weights. A shared HS heading or full ICS code says more than a shared chapter or
// field; the same referenced standard says about as much as the same products; the same member
// alone is weak (members notify on everything) and only adds to other evidence.
export const PRECEDENT_WEIGHTS = {
  sameMember: 1,
  hsHeading: 3,
  hsChapter: 1,
  icsCode: 3,
  icsGroup: 1.5,
  icsField: 0.5,
  standard: 3,
  /** Times the Jaccard similarity of the measures' titles and products (0…1). */
  text: 4,
} as const;

/** Below this, titles are not counted as similar. */
export const SIMILAR_TEXT_MIN = 0.2;
/** A precedent needs more than the same member to be shown. */
export const MIN_SCORE = 1.5;

const digits = (code: string) => code.replace(/\D/g, '');
const hsHeading = (code: string) => {
  const d = digits(code);
  return d.length >= 4 ? d.slice(0, 4) : null;
};
const hsChapter = (code: string) => {
  const d = digits(code);
  return d.length >= 2 ? d.slice(0, 2) : null;
};
/** ICS `97.200.50` → field `97`, group `97.200`. */
const icsParts = (code: string) => code.trim().split('.');
const icsGroup = (code: string) => icsParts(code).slice(0, 2).join('.');
const icsField = (code: string) => icsParts(code)[0]!;

function overlap(query: readonly string[], candidate: readonly string[], key: (code: string) => string | null): string[] {
  const wanted = new Set(query.map(key).filter((k): k is string => !!k));
  const found = new Set<string>();
  for (const code of candidate) {
    const k = key(code);
    if (k && wanted.has(k)) found.add(k);
  }
  return [...found];
}

/**
 * Why `source` is a precedent for `query` and how close it is: the one statement of the rules.
 * `similarity` is the Jaccard similarity of the two measures' texts (titles and products).
 */
export function explainPrecedent(source: PrecedentSource, query: PrecedentQuery, similarity: number): { score: number; reasons: PrecedentReason[] } {
  const w = PRECEDENT_WEIGHTS;
  const reasons: PrecedentReason[] = [];
  let score = 0;
  const headings = overlap(query.hsCodes, source.hsCodes, hsHeading);
  const chapters = headings.length ? [] : overlap(query.hsCodes, source.hsCodes, hsChapter);
  if (headings.length) {
    score += w.hsHeading;
    reasons.push({ kind: 'hs', codes: headings, level: 'heading' });
  } else if (chapters.length) {
    score += w.hsChapter;
    reasons.push({ kind: 'hs', codes: chapters, level: 'chapter' });
  }
  const icsCodes = overlap(query.icsCodes, source.icsCodes, (c) => c.trim());
  const icsGroups = icsCodes.length ? [] : overlap(query.icsCodes, source.icsCodes, icsGroup);
  const icsFields = icsCodes.length || icsGroups.length ? [] : overlap(query.icsCodes, source.icsCodes, icsField);
  if (icsCodes.length) {
    score += w.icsCode;
    reasons.push({ kind: 'ics', codes: icsCodes, level: 'code' });
  } else if (icsGroups.length) {
    score += w.icsGroup;
    reasons.push({ kind: 'ics', codes: icsGroups, level: 'group' });
  } else if (icsFields.length) {
    score += w.icsField;
    reasons.push({ kind: 'ics', codes: icsFields, level: 'field' });
  }
  const standard = standardKey(source.referenceStandard);
  if (standard && query.standards.some((s) => standardKey(s) === standard)) {
    score += w.standard;
    reasons.push({ kind: 'standard', standard });
  }
  if (similarity >= SIMILAR_TEXT_MIN) {
    score += w.text * similarity;
    reasons.push({ kind: 'similar_text', percent: Math.round(similarity * 100) });
  }
  if (score > 0 && source.memberCode === query.memberCode) {
    score += w.sameMember;
    reasons.unshift({ kind: 'same_member', memberCode: source.memberCode });
  }
  return { score, reasons };
}

const newestFirst = (a: RankedPrecedent, b: RankedPrecedent) =>
  b.score - a.score || b.source.writtenAt.localeCompare(a.source.writtenAt) || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0);

/** Every source, one by one: the reference the index must agree with (and fine for a few hundred). */
export function rankPrecedentsDirectly(sources: readonly PrecedentSource[], query: PrecedentQuery, notificationText: (id: string) => string, limit = 20): RankedPrecedent[] {
  const queryGrams = bigrams(`${query.title} ${query.products}`);
  const ranked: RankedPrecedent[] = [];
  for (const source of sources) {
    if (source.notificationId === query.notificationId) continue;
    const { score, reasons } = explainPrecedent(source, query, jaccard(queryGrams, bigrams(notificationText(source.notificationId))));
    if (score >= MIN_SCORE) ranked.push({ source, score, reasons });
  }
  return ranked.sort(newestFirst).slice(0, limit);
}

// The index: for each code, standard and text bigram, the sources (or notifications) that have
// it, so that a query touches only the sources that share something with it. Each kind of key is
// one bit; the score is summed from the bits in the order explainPrecedent sums it, and only the
// best `limit` are explained (a property test holds the two to the same ranking).
const KEYS = [
  ['hsHeading', 1, (s: PrecedentSource) => s.hsCodes.map(hsHeading)],
  ['hsChapter', 2, (s: PrecedentSource) => s.hsCodes.map(hsChapter)],
  ['icsCode', 4, (s: PrecedentSource) => s.icsCodes.map((c) => c.trim())],
  ['icsGroup', 8, (s: PrecedentSource) => s.icsCodes.map(icsGroup)],
  ['icsField', 16, (s: PrecedentSource) => s.icsCodes.map(icsField)],
  ['standard', 32, (s: PrecedentSource) => [standardKey(s.referenceStandard)]],
] as const;

function scoreOfBits(bits: number, similarity: number, sameMember: boolean): number {
  const w = PRECEDENT_WEIGHTS;
  let score = 0;
  if (bits & 1) score += w.hsHeading;
  else if (bits & 2) score += w.hsChapter;
  if (bits & 4) score += w.icsCode;
  else if (bits & 8) score += w.icsGroup;
  else if (bits & 16) score += w.icsField;
  if (bits & 32) score += w.standard;
  if (similarity >= SIMILAR_TEXT_MIN) score += w.text * similarity;
  if (score > 0 && sameMember) score += w.sameMember;
  return score;
}

/** Sources prepared once, then queried many times. */
export interface PrecedentIndex {
  sources: PrecedentSource[];
  postings: Map<string, number[]>;
  /** Per distinct notification text (numbered): its bigrams and its sources. */
  texts: string[];
  grams: Set<string>[];
  sourcesOf: number[][];
  gramPostings: Map<string, number[]>;
  /** Per source, numbers instead of strings, so that the ranking loop reads typed arrays only. */
  notificationNumber: Int32Array;
  notificationNumbers: Map<string, number>;
  memberNumber: Int32Array;
  memberNumbers: Map<string, number>;
  /** 0 for the newest source (ties broken by id), as newestFirst orders them. */
  recency: Int32Array;
}

function post(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export function indexPrecedents(sources: readonly PrecedentSource[], notificationText: (notificationId: string) => string): PrecedentIndex {
  const postings = new Map<string, number[]>();
  const numberOf = new Map<string, number>();
  const texts: string[] = [];
  const sourcesOf: number[][] = [];
  const gramPostings = new Map<string, number[]>();
  const gramSets: Set<string>[] = [];
  // Numbered by text, not by notification: addenda, corrigenda and revisions repeat their base's
  // title and products, and each distinct text is compared once.
  sources.forEach((source, i) => {
    for (const [kind, , keys] of KEYS) for (const key of keys(source)) if (key) post(postings, `${kind}:${key}`, i);
    const text = notificationText(source.notificationId);
    let n = numberOf.get(text);
    if (n === undefined) {
      n = texts.length;
      numberOf.set(text, n);
      texts.push(text);
      sourcesOf.push([]);
      const grams = bigrams(text);
      gramSets.push(grams);
      for (const gram of grams) post(gramPostings, gram, n);
    }
    sourcesOf[n]!.push(i);
  });
  const number = (values: string[]) => {
    const numbers = new Map<string, number>();
    return { numbers, array: Int32Array.from(values, (v) => numbers.get(v) ?? (numbers.set(v, numbers.size), numbers.size - 1)) };
  };
  const notification = number(sources.map((s) => s.notificationId));
  const member = number(sources.map((s) => s.memberCode));
  const recency = new Int32Array(sources.length);
  sources
    .map((source, i) => ({ source, i }))
    .sort((a, b) => b.source.writtenAt.localeCompare(a.source.writtenAt) || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0))
    .forEach(({ i }, rank) => (recency[i] = rank));
  return {
    sources: [...sources],
    postings,
    texts,
    grams: gramSets,
    sourcesOf,
    gramPostings,
    notificationNumber: notification.array,
    notificationNumbers: notification.numbers,
    memberNumber: member.array,
    memberNumbers: member.numbers,
    recency,
  };
}

/** Keeps the best `limit` by `better`, in O(n log limit). */
class Best<T> {
  private readonly items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}
  offer(item: T): void {
    const items = this.items;
    if (items.length < this.limit) {
      items.push(item);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.better(items[parent]!, items[i]!)) break;
        [items[parent], items[i]] = [items[i]!, items[parent]!];
        i = parent;
      }
    } else if (this.limit > 0 && this.better(item, items[0]!)) {
      items[0] = item;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let worst = i;
        if (l < items.length && this.better(items[worst]!, items[l]!)) worst = l;
        if (r < items.length && this.better(items[worst]!, items[r]!)) worst = r;
        if (worst === i) break;
        [items[worst], items[i]] = [items[i]!, items[worst]!];
        i = worst;
      }
    }
  }
  values(): T[] {
    return this.items;
  }
}

/** The best `limit` precedents for `query`, best first; comments on the notification itself are left out. */
export function rankPrecedents(index: PrecedentIndex, query: PrecedentQuery, limit = 20): RankedPrecedent[] {
  const { sources } = index;
  // Text, by prefix filtering: Jaccard >= t needs at least ceil(t·|q|) of the query's bigrams in
  // common, so a similar notification holds one of the |q| - ceil(t·|q|) + 1 rarest; only those
  // notifications are compared, exactly.
  const queryGrams = bigrams(`${query.title} ${query.products}`);
  const rarest = [...queryGrams].sort((a, b) => (index.gramPostings.get(a)?.length ?? 0) - (index.gramPostings.get(b)?.length ?? 0));
  const prefix = rarest.slice(0, rarest.length - Math.ceil(SIMILAR_TEXT_MIN * rarest.length) + 1);
  const compared = new Set<number>();
  for (const gram of prefix) for (const n of index.gramPostings.get(gram) ?? []) compared.add(n);
  const similarity = new Float64Array(sources.length);
  const bits = new Uint8Array(sources.length);
  const touched: number[] = [];
  const touch = (i: number, bit: number) => {
    if (bits[i] === 0 && similarity[i] === 0) touched.push(i);
    bits[i]! |= bit;
  };
  for (const n of compared) {
    const s = jaccard(queryGrams, index.grams[n]!);
    if (s < SIMILAR_TEXT_MIN) continue;
    for (const i of index.sourcesOf[n]!) {
      touched.push(i);
      similarity[i] = s;
    }
  }
  const queryKeys: Record<string, string[]> = {
    hsHeading: query.hsCodes.map(hsHeading).filter((k): k is string => !!k),
    hsChapter: query.hsCodes.map(hsChapter).filter((k): k is string => !!k),
    icsCode: query.icsCodes.map((c) => c.trim()),
    icsGroup: query.icsCodes.map(icsGroup),
    icsField: query.icsCodes.map(icsField),
    standard: query.standards.map(standardKey).filter(Boolean),
  };
  for (const [kind, bit] of KEYS) for (const key of new Set(queryKeys[kind])) for (const i of index.postings.get(`${kind}:${key}`) ?? []) touch(i, bit);
  const { recency, notificationNumber, memberNumber } = index;
  const best = new Best<{ i: number; score: number }>(limit, (a, b) => (a.score !== b.score ? a.score > b.score : recency[a.i]! < recency[b.i]!));
  const self = index.notificationNumbers.get(query.notificationId) ?? -1;
  const member = index.memberNumbers.get(query.memberCode) ?? -1;
  for (const i of touched) {
    if (notificationNumber[i] === self) continue;
    const score = scoreOfBits(bits[i]!, similarity[i]!, memberNumber[i] === member);
    if (score >= MIN_SCORE) best.offer({ i, score });
  }
  return best
    .values()
    .map(({ i }) => ({ source: sources[i]!, ...explainPrecedent(sources[i]!, query, similarity[i]!) }))
    .sort(newestFirst);
}
