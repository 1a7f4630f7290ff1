// The full-text index over notifications: symbol, title, description and products.
// Pure TypeScript (MiniSearch), so that it runs in the search Web Worker, in unit tests and in
// benchmarks alike.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Notification } from '../domain/notification';
import { isLatinTerm, tokenizeForIndex, tokenizeForQuery } from './tokenize';

export type SearchableNotification = Pick<Notification, 'id' | 'title' | 'description' | 'products'> & {
  updatedAt?: string;
};

type Doc = { id: string; symbol: string; title: string; description: string; products: string };

/** Increase when the tokenisation or the fields change, so that a persisted index is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

const FIELDS = ['symbol', 'title', 'description', 'products'] as const;

/** "G" and "N" open every symbol (G/TBT/N/...): as terms they match everything and slow each query. */
function dropSymbolNoise(term: string): string | null {
  return term === 'g' || term === 'n' ? null : term;
}

function options() {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [] as string[],
    tokenize: (text: string) => tokenizeForIndex(text),
    processTerm: dropSymbolNoise,
    searchOptions: {
      tokenize: (text: string) => tokenizeForQuery(text),
      processTerm: dropSymbolNoise,
      combineWith: 'AND' as const,
      boost: { symbol: 4, title: 2, products: 1.5, description: 1 },
      // Prefix matching for the last Latin term only, so that "EU/1234" does not also find EU/12345.
      prefix: (term: string, i: number, terms: string[]) => isLatinTerm(term) && i === terms.length - 1 && !/^\d+$/.test(term),
      fuzzy: (term: string) => (isLatinTerm(term) && term.length >= 5 && !/\d/.test(term) ? 0.2 : false),
      maxFuzzy: 2,
    },
  };
}

function toDoc(n: SearchableNotification): Doc {
  return { id: n.id, symbol: n.id, title: n.title, description: n.description, products: n.products };
}

export class NotificationSearchIndex {
  private mini: MiniSearch<Doc>;
  /** updatedAt of each indexed record, to re-index only what changed. */
  private versions = new Map<string, string>();

  private constructor(mini: MiniSearch<Doc>) {
    this.mini = mini;
  }

  static build(notifications: Iterable<SearchableNotification>): NotificationSearchIndex {
    const index = new NotificationSearchIndex(new MiniSearch<Doc>(options()));
    index.sync(notifications);
    return index;
  }

  static fromJSON(json: string, versions: [string, string][]): NotificationSearchIndex {
    const index = new NotificationSearchIndex(MiniSearch.loadJSON<Doc>(json, options()));
    index.versions = new Map(versions);
    return index;
  }

  toJSON(): { index: AsPlainObject; versions: [string, string][] } {
    return { index: this.mini.toJSON(), versions: [...this.versions] };
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /**
   * Brings the index in line with `notifications` (the complete current set): adds new records,
   * re-indexes those whose updatedAt changed and drops those that are gone. Returns how many
   * records it touched.
   */
  sync(notifications: Iterable<SearchableNotification>): number {
    let touched = 0;
    const seen = new Set<string>();
    const added: Doc[] = [];
    for (const n of notifications) {
      seen.add(n.id);
      const version = n.updatedAt ?? '';
      const known = this.versions.get(n.id);
      if (known === version) continue;
      if (known !== undefined) this.mini.discard(n.id);
      added.push(toDoc(n));
      this.versions.set(n.id, version);
      touched++;
    }
    this.mini.addAll(added);
    for (const id of [...this.versions.keys()]) {
      if (seen.has(id)) continue;
      this.mini.discard(id);
      this.versions.delete(id);
      touched++;
    }
    return touched;
  }

  /** Ids of matching notifications, best match first. An empty query matches nothing. */
  search(query: string): string[] {
    if (!query.trim()) return [];
    return this.mini.search(query).map((result) => String(result.id));
  }
}
