// The lines of a view (filters, search, sort, open groups) over all the rows, computed on row
// numbers in typed arrays: a sort order is an array of row numbers made once per order, a filter
// or a search a mark per row, and the view one pass over the order keeping the marked rows. Only
// the lines in sight become objects (`ViewLines.slice`), so that a keystroke at 50,000 rows costs
// a few passes over integers, not a pass over 50,000 objects per step.
import { compareRows, passesFilters, type ListFilters, type ListRow, type Sorting, type VisibleRow } from './listModel';

/** A mark per row (1: kept); null keeps every row. */
export type RowMarks = Uint8Array | null;

export class ListRows {
  private readonly rowById = new Map<string, number>();
  /** Group (notifications sharing a base symbol) of each row. */
  private readonly groupOf: Int32Array;
  /** Per group, the row of the base notification, or -1 when the base is not stored. */
  private readonly baseRow: Int32Array;
  /** Per group, its rows in symbol order. */
  private readonly members: number[][] = [];
  private readonly orders = new Map<string, Int32Array>();
  private filtered: { key: string; marks: RowMarks } | null = null;
  private documentRows: { ids: readonly string[]; rows: Int32Array } | null = null;

  constructor(readonly rows: readonly ListRow[]) {
    rows.forEach((row, r) => this.rowById.set(row.id, r));
    const groupByBase = new Map<string, number>();
    this.groupOf = new Int32Array(rows.length);
    const bySymbol = this.sorted([{ id: 'symbol', desc: false }]);
    for (const r of bySymbol) {
      const base = rows[r]!.notification.baseSymbol;
      let group = groupByBase.get(base);
      if (group === undefined) {
        group = this.members.length;
        groupByBase.set(base, group);
        this.members.push([]);
      }
      this.groupOf[r] = group;
      this.members[group]!.push(r);
    }
    this.baseRow = new Int32Array(this.members.length).fill(-1);
    for (const [base, group] of groupByBase) this.baseRow[group] = this.rowById.get(base) ?? -1;
  }

  /** Row numbers in the sort order; made once per order. */
  sorted(sorting: Sorting): Int32Array {
    const key = JSON.stringify(sorting);
    let order = this.orders.get(key);
    if (!order) {
      const compare = compareRows(sorting);
      order = Int32Array.from(this.rows.keys()).sort((a, b) => compare(this.rows[a]!, this.rows[b]!));
      this.orders.set(key, order);
    }
    return order;
  }

  /** The rows passing the filters (null: all of them); the last filters' marks are kept. */
  passing(filters: ListFilters): RowMarks {
    const key = JSON.stringify(filters);
    if (this.filtered?.key !== key) {
      const all = Object.values(filters).every((value) => value === '' || value === 'all');
      this.filtered = { key, marks: all ? null : Uint8Array.from(this.rows, (row) => (passesFilters(row, filters) ? 1 : 0)) };
    }
    return this.filtered.marks;
  }

  /** The row of each of the search index's documents (-1: none); made once per index, and early by the worker, so that no keystroke waits for it. */
  rowsOfDocuments(ids: readonly string[]): Int32Array {
    if (this.documentRows?.ids !== ids) this.documentRows = { ids, rows: Int32Array.from(ids, (id) => this.rowById.get(id) ?? -1) };
    return this.documentRows.rows;
  }

  /** Turns a search's marks per document (`found[d]` for `ids[d]`) into marks per row. */
  matching(ids: readonly string[], found: Uint8Array): Uint8Array {
    const documentRows = this.rowsOfDocuments(ids);
    const marks = new Uint8Array(this.rows.length);
    for (let d = 0; d < found.length; d++) if (found[d] && documentRows[d]! >= 0) marks[documentRows[d]!] = 1;
    return marks;
  }

  /**
   * The lines of a view: the kept rows in `order`, follow-ups put under their base. A group sits
   * where its base sits in the order; when the base is not kept (not stored, or filtered out), the
   * first of its kept follow-ups heads it instead. An expanded group shows its other kept members
   * after its head, in symbol order.
   */
  view(order: Int32Array, filtered: RowMarks, searched: RowMarks, expanded: Readonly<Record<string, boolean>>): ViewLines {
    const kept = new Int32Array(order.length);
    const isKept = new Uint8Array(this.rows.length);
    let shown = 0;
    for (const r of order) {
      if ((!filtered || filtered[r]) && (!searched || searched[r])) {
        kept[shown++] = r;
        isKept[r] = 1;
      }
    }
    const groups = this.members.length;
    const size = new Int32Array(groups);
    const head = new Int32Array(groups).fill(-1);
    for (let i = 0; i < shown; i++) {
      const r = kept[i]!;
      const g = this.groupOf[r]!;
      size[g]!++;
      if (head[g] === -1) head[g] = r;
    }
    for (let g = 0; g < groups; g++) {
      const base = this.baseRow[g]!;
      if (base >= 0 && isKept[base]) head[g] = base;
    }
    const open = new Set<number>();
    for (const [id, isOpen] of Object.entries(expanded)) {
      const r = this.rowById.get(id);
      if (isOpen && r !== undefined) open.add(r);
    }
    // A head line holds its row number r, a follow-up line ~r (negative).
    const lines: number[] = [];
    for (let i = 0; i < shown; i++) {
      const r = kept[i]!;
      const g = this.groupOf[r]!;
      if (head[g] !== r) continue;
      lines.push(r);
      if (size[g]! > 1 && open.has(r)) for (const m of this.members[g]!) if (m !== r && isKept[m]) lines.push(~m);
    }
    return new ViewLines(this.rows, Int32Array.from(lines), shown, (r) => size[this.groupOf[r]!]! - 1, open);
  }
}

export class ViewLines {
  constructor(
    private readonly rows: readonly ListRow[],
    private readonly lines: Int32Array,
    /** Notifications kept (every member of every group). */
    readonly shown: number,
    /** The kept follow-ups of the group a head line heads. */
    private readonly followUpsOf: (r: number) => number,
    private readonly open: ReadonlySet<number>,
  ) {}

  get lineCount(): number {
    return this.lines.length;
  }

  /** Lines `start` … `end` (exclusive) as the table shows them. */
  slice(start: number, end: number): VisibleRow[] {
    return Array.from(this.lines.subarray(start, end), (line): VisibleRow => {
      if (line < 0) return { row: this.rows[~line]!, depth: 1, followUps: 0, expanded: false };
      const followUps = this.followUpsOf(line);
      return { row: this.rows[line]!, depth: 0, followUps, expanded: followUps > 0 && this.open.has(line) };
    });
  }
}
