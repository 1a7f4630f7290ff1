// The full-text index over notifications: symbol, title, description, products and the HS and ICS
// codes with their descriptions. An inverted index kept in typed arrays, so that it is stored in
// IndexedDB and loaded back in milliseconds, and queried (queryPlan.ts) with one bitmap per concept.
// Pure TypeScript: it runs in the list's Web Worker, in unit tests and in benchmarks alike.
import type { CodeEntry, Notification } from '../domain/notification';
import { planQuery, type HighlightTerms, type QueryTerm } from './queryPlan';
import { tokenizeForIndex } from './tokenize';

export type SearchableNotification = Pick<Notification, 'id' | 'title' | 'description' | 'products'> & {
  hsCodes?: CodeEntry[];
  icsCodes?: CodeEntry[];
};

/** Increase when the tokenisation, the term list or the fields change, so that a stored index is rebuilt. */
export const SEARCH_INDEX_VERSION = 2;

/** The index as stored: sorted terms, each with a slice of `postings` (document numbers, ascending). */
export interface StoredSearchIndex {
  version: number;
  /** Notification ids by document number, joined by "\n". */
  ids: string;
  /** Sorted terms joined by "\n". */
  terms: string;
  /** Term i's postings are postings[offsets[i]] … postings[offsets[i + 1]] (exclusive). */
  offsets: Uint32Array;
  postings: Uint32Array;
}

export interface SearchResult {
  ids: string[];
  highlight: HighlightTerms;
}

function documentText(n: SearchableNotification): string {
  const codes = [...(n.hsCodes ?? []), ...(n.icsCodes ?? [])].map((c) => `${c.code} ${c.description}`).join(' ');
  return `${n.id} ${n.title} ${n.description} ${n.products} ${codes}`;
}

function lowerBound(terms: readonly string[], value: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a and b are at most `max` edits apart (Levenshtein, with an early exit). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

export class NotificationSearchIndex {
  private constructor(
    private readonly ids: string[],
    private readonly terms: string[],
    private readonly offsets: Uint32Array,
    private readonly postings: Uint32Array,
  ) {}

  static build(notifications: Iterable<SearchableNotification>): NotificationSearchIndex {
    const ids: string[] = [];
    const byTerm = new Map<string, number[]>();
    for (const n of notifications) {
      const doc = ids.length;
      ids.push(n.id);
      for (const term of tokenizeForIndex(documentText(n))) {
        const list = byTerm.get(term);
        if (!list) byTerm.set(term, [doc]);
        else if (list[list.length - 1] !== doc) list.push(doc);
      }
    }
    const terms = [...byTerm.keys()].sort();
    const offsets = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, i) => {
      offsets[i] = total;
      total += byTerm.get(term)!.length;
    });
    offsets[terms.length] = total;
    const postings = new Uint32Array(total);
    terms.forEach((term, i) => postings.set(byTerm.get(term)!, offsets[i]));
    return new NotificationSearchIndex(ids, terms, offsets, postings);
  }

  /** Null when the stored index was made by another version of the tokenisation. */
  static fromStored(stored: StoredSearchIndex): NotificationSearchIndex | null {
    if (stored.version !== SEARCH_INDEX_VERSION) return null;
    const ids = stored.ids ? stored.ids.split('\n') : [];
    const terms = stored.terms ? stored.terms.split('\n') : [];
    return new NotificationSearchIndex(ids, terms, stored.offsets, stored.postings);
  }

  toStored(): StoredSearchIndex {
    return { version: SEARCH_INDEX_VERSION, ids: this.ids.join('\n'), terms: this.terms.join('\n'), offsets: this.offsets, postings: this.postings };
  }

  get size(): number {
    return this.ids.length;
  }

  /** Notification ids by document number: `found[d]` of `searchDocuments` is about `documentIds[d]`. */
  get documentIds(): readonly string[] {
    return this.ids;
  }

  /** Ids of matching notifications, in index order. An empty query matches nothing. */
  search(query: string): string[] {
    return this.searchWithHighlights(query).ids;
  }

  searchWithHighlights(query: string): SearchResult {
    const { found, highlight } = this.searchDocuments(query);
    const ids: string[] = [];
    for (let d = 0; d < found.length; d++) if (found[d]) ids.push(this.ids[d]!);
    return { ids, highlight };
  }

  /** One mark per document (1 when it matches), without making a string per match: the list works on these. */
  searchDocuments(query: string): { found: Uint8Array; highlight: HighlightTerms } {
    const plan = planQuery(query);
    const count = this.ids.length;
    if (plan.concepts.length === 0) return { found: new Uint8Array(count), highlight: plan.highlight };
    const found = new Uint8Array(count).fill(1);
    for (const concept of plan.concepts) {
      const anyAlternative = new Uint8Array(count);
      for (const alternative of concept.alternatives) {
        const allTerms = new Uint8Array(count).fill(1);
        for (const term of alternative) {
          const matches = this.matches(term);
          for (let d = 0; d < count; d++) allTerms[d]! &= matches[d]!;
        }
        for (let d = 0; d < count; d++) anyAlternative[d]! |= allTerms[d]!;
      }
      for (let d = 0; d < count; d++) found[d]! &= anyAlternative[d]!;
    }
    return { found, highlight: plan.highlight };
  }

  /** Documents holding the term (or a term it is a prefix of, or, failing both, a near spelling). */
  private matches(query: QueryTerm): Uint8Array {
    const marks = new Uint8Array(this.ids.length);
    const first = lowerBound(this.terms, query.term);
    const last = query.prefix ? lowerBound(this.terms, query.term + '\uffff') : first < this.terms.length && this.terms[first] === query.term ? first + 1 : first;
    let any = false;
    for (let t = first; t < last; t++) any = this.mark(t, marks) || any;
    if (!any && query.fuzzy) {
      // Only among the terms with the same first letter: typos rarely hit it, and the scan stays short.
      const maxEdits = query.term.length >= 7 ? 2 : 1;
      const initial = query.term[0]!;
      for (let t = lowerBound(this.terms, initial); t < this.terms.length && this.terms[t]!.startsWith(initial); t++) {
        if (withinEdits(query.term, this.terms[t]!, maxEdits)) this.mark(t, marks);
      }
    }
    return marks;
  }

  private mark(termIndex: number, marks: Uint8Array): boolean {
    const end = this.offsets[termIndex + 1]!;
    for (let p = this.offsets[termIndex]!; p < end; p++) marks[this.postings[p]!] = 1;
    return end > this.offsets[termIndex]!;
  }
}
