// The virtualised table: TanStack Table keeps the columns' headers and the sorting state; TanStack
// Virtual lays out every line of the view and renders only those in sight. The lines themselves come
// from the list's worker a window at a time (listData.ts); a line whose window has not arrived yet is
// drawn empty. A scroll step renders only the lines it brings into view: each line is a memoised
// component whose props (the line, its place, the language) stay the same while it stays in sight,
// and the cells are plain functions of the line, the same for every row and every render.
import { memo, startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type Table, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRoute } from '../lib/route';
import { formatDate } from '../i18n';
import type { VisibleRow } from './listModel';
import { useListStore } from './listStore';
import { noteSight, requestWindow } from './listData';
import type { ListPage } from './listProtocol';
import { SubmissionBadge, useSubmissionWorkingDays } from '../submission/badge';
import { Marked } from './Marked';

type T = TFunction<'notifications'>;

/** What a cell is drawn from: its line, the strings, the internal-deadline setting the badges use. */
type Cell = (line: VisibleRow, t: T, workingDays: number | undefined) => ReactNode;

interface ListColumn {
  id: 'symbol' | 'member' | 'title' | 'products' | 'codes' | 'distributionDate' | 'deadline' | 'status';
  size: number;
  /** Sortable columns have a key (the sorting itself is done by listModel in the worker). */
  sortKey?: (line: VisibleRow) => string | number | null;
  cell: Cell;
}

const ROW_HEIGHT = 34;
/** Lines drawn beyond the view in the frame of a scroll step, for the keyboard and a short scroll. */
const OVERSCAN = 4;
/** Lines drawn beyond the view once the frame is painted, so that the next scroll step (up to this
 *  many lines) finds the lines it brings into view already drawn. */
const AHEAD = 40;
/** The longest a new view (a search, a sort) waits for an idle moment before the lines ahead are drawn. */
const NEW_VIEW_AHEAD_DELAY_MS = 300;
/** Lines asked of the worker on each side of those in sight. */
const WINDOW_MARGIN = 300;
/** Once the lines in sight come this close to the edge of the lines held, the next window is asked
 *  for, so that it is there before the view reaches it. */
const PREFETCH_MARGIN = 150;

function symbolCell(line: VisibleRow, t: T): ReactNode {
  const n = line.row.notification;
  return (
    <span className="nl-symbol-cell" style={{ paddingLeft: line.depth * 18 }}>
      {line.followUps > 0 ? (
        <button
          className="nl-expander"
          aria-expanded={line.expanded}
          aria-label={t(line.expanded ? 'collapse' : 'expand', { symbol: n.id })}
          onClick={(e) => {
            e.stopPropagation();
            setGroupOpen(line, !line.expanded);
          }}
          data-testid="expand"
        >
          {line.expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="nl-expander-space">{line.depth > 0 ? '└' : ''}</span>
      )}
      <span className="nl-symbol" data-testid="symbol">
        {n.id}
      </span>
      {line.followUps > 0 && (
        <span className="nl-followups" data-testid="followup-count">
          {t('followUps', { count: line.followUps })}
        </span>
      )}
    </span>
  );
}

function titleCell(line: VisibleRow, t: T): ReactNode {
  const n = line.row.notification;
  return (
    <span className="nl-title" title={n.title}>
      {n.type !== 'regular' && <span className={`nl-type nl-type-${n.type}`}>{t(`type.${n.type}`)}</span>}
      {n.agreement === 'SPS' && <span className="nl-type nl-type-sps">SPS</span>}
      <Marked text={n.title} />
    </span>
  );
}

function codesCell(line: VisibleRow): ReactNode {
  const n = line.row.notification;
  const hs = n.hsCodes.map((c) => c.code).join(', ');
  const ics = n.icsCodes.map((c) => c.code).join(', ');
  const full = [...n.hsCodes.map((c) => `HS ${c.code} ${c.description}`), ...n.icsCodes.map((c) => `ICS ${c.code} ${c.description}`)].join('\n');
  return (
    <span className="nl-codes" title={full}>
      {hs && <span className="nl-code-hs">{hs}</span>}
      {ics && <span className="nl-code-ics">{ics}</span>}
    </span>
  );
}

function deadlineCell(line: VisibleRow, t: T): ReactNode {
  const row = line.row;
  const isFollowUp = line.depth > 0;
  // A follow-up shows the date it gave itself; the group's head shows the deadline in force.
  const date = isFollowUp ? row.notification.finalDateForComments : row.deadline;
  if (!date) return <span className="nl-muted">{isFollowUp ? '' : t('deadline.none')}</span>;
  if (isFollowUp) return <span className="nl-muted">{formatDate(date)}</span>;
  const days = row.daysLeft ?? 0;
  const label = days < 0 ? t('deadline.overdue', { count: -days }) : days === 0 ? t('deadline.today') : t('deadline.left', { count: days });
  return (
    <span className={`nl-deadline nl-deadline-${row.deadlineState}`} title={t('deadline.inForce', { symbol: row.deadlineSetBy })} data-testid="deadline">
      <span className="nl-date">{formatDate(date)}</span>
      <span className="nl-days" data-state={row.deadlineState}>
        {row.deadlineState === 'overdue' ? '⚠ ' : ''}
        {label}
      </span>
    </span>
  );
}

function statusCell(line: VisibleRow, t: T, workingDays: number | undefined): ReactNode {
  const r = line.row;
  return (
    <span className="nl-status-cell">
      <span className={`nl-status nl-status-${r.status}`} data-testid="status">
        {t(`status.${r.status}`)}
      </span>
      <SubmissionBadge stage={r.submission} deadline={r.deadline} workingDays={workingDays} />
      {r.drafts + r.finished > 0 && <span className="nl-counts">{t('counts', { draft: r.drafts, finished: r.finished })}</span>}
    </span>
  );
}

const COLUMNS: readonly ListColumn[] = [
  { id: 'symbol', size: 235, sortKey: (g) => g.row.symbolKey, cell: symbolCell },
  {
    id: 'member',
    size: 120,
    sortKey: (g) => g.row.memberKey,
    cell: (g) => <span title={g.row.notification.member}>{g.row.notification.member}</span>,
  },
  { id: 'title', size: 215, sortKey: (g) => g.row.titleKey, cell: titleCell },
  {
    id: 'products',
    size: 125,
    cell: (g) => (
      <span title={g.row.notification.products}>
        <Marked text={g.row.notification.products} />
      </span>
    ),
  },
  { id: 'codes', size: 140, cell: codesCell },
  { id: 'distributionDate', size: 118, sortKey: (g) => g.row.notification.distributionDate, cell: (g) => formatDate(g.row.notification.distributionDate) },
  { id: 'deadline', size: 244, sortKey: (g) => g.row.deadline, cell: deadlineCell },
  { id: 'status', size: 215, sortKey: (g) => g.row.status, cell: statusCell },
];

const TOTAL_WIDTH = COLUMNS.reduce((sum, c) => sum + c.size, 0);
/** Each column's width, for the style sheet (`--nl-w-<column>`); the title also takes the spare width. */
const COLUMN_WIDTHS = Object.fromEntries(COLUMNS.map((c) => [`--nl-w-${c.id}`, `${c.size}px`]));
const NO_LINES: VisibleRow[] = [];

function setGroupOpen(line: VisibleRow, open: boolean) {
  if (line.followUps === 0) return;
  const { expanded, setExpanded } = useListStore.getState();
  setExpanded({ ...expanded, [line.row.id]: open });
}

function resolve<V>(updater: Updater<V>, old: V): V {
  return typeof updater === 'function' ? (updater as (old: V) => V)(old) : updater;
}

interface LineProps {
  line: VisibleRow;
  index: number;
  t: T;
  workingDays: number | undefined;
}

/** Each window of lines from the worker is a fresh copy: a line whose content is the same is not drawn again. */
function sameLineProps(a: LineProps, b: LineProps): boolean {
  return a.index === b.index && a.t === b.t && a.workingDays === b.workingDays && (a.line === b.line || JSON.stringify(a.line) === JSON.stringify(b.line));
}

const Line = memo(function Line({ line, index, t, workingDays }: LineProps) {
  const row = useRef<HTMLTableRowElement>(null);
  // A focused row handed to another notification (scrolled far away) gives up the focus, so that
  // Enter never opens a notification the reviewer did not choose.
  useLayoutEffect(() => {
    if (row.current === document.activeElement) row.current?.blur();
  }, [line.row.id]);
  return (
    <tr
      ref={row}
      className={`nl-row nl-state-${line.row.deadlineState}${line.depth > 0 ? ' nl-child' : ''}`}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
      tabIndex={0}
      data-testid="notification-row"
      data-symbol={line.row.id}
      data-depth={line.depth}
      data-line={index}
    >
      {COLUMNS.map((column) => (
        <td key={column.id} className={`nl-col-${column.id}`}>
          {column.cell(line, t, workingDays)}
        </td>
      ))}
    </tr>
  );
}, sameLineProps);

const Header = memo(function Header({ table, t }: { table: Table<VisibleRow>; sorting: SortingState; t: T }) {
  return (
    <thead>
      {table.getHeaderGroups().map((headerGroup) => (
        <tr key={headerGroup.id}>
          {headerGroup.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const label = header.column.columnDef.header as string;
            return (
              <th
                key={header.id}
                className={`nl-col-${header.column.id}`}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {header.column.getCanSort() ? (
                  <button className="nl-sort" onClick={header.column.getToggleSortingHandler()} data-testid={`sort-${header.column.id}`}>
                    {label}
                    <span className="nl-sort-mark" aria-label={sorted ? t(sorted === 'asc' ? 'sortAsc' : 'sortDesc') : undefined}>
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
});

/**
 * How many rows are drawn: the lines a view of this height shows, with the overscan and the lines
 * ahead on both sides; rounded up, so that the count (and with it every row's slot) stays the same
 * while the window keeps its size.
 */
function slotCount(viewHeight: number): number {
  const lines = Math.ceil(viewHeight / ROW_HEIGHT) + 1 + 2 * OVERSCAN + 2 * AHEAD;
  return Math.ceil(lines / 16) * 16;
}

/**
 * The lines drawn: `slots` consecutive lines from the first of those ahead, which then include
 * those in sight; after a jump (the lines ahead do not include those in sight yet), those in
 * sight alone. A line's row is its slot, its index modulo `slots`: when the view moves by some
 * lines, the rows of the lines that leave at one end are handed to the lines that come in at the
 * other, and only their cells change.
 */
function drawnRange(first: number, last: number, ahead: { first: number; last: number }, lineCount: number, slots: number): { first: number; last: number } {
  if (ahead.first > first || ahead.last < last) return { first, last };
  const end = Math.min(lineCount - 1, ahead.first + slots - 1);
  return { first: Math.max(0, end - slots + 1), last: end };
}

/**
 * The lines drawn ahead of the view on both sides. They follow the view once the frame that shows
 * it has been painted, in a transition (React interrupts it for the next input): the frame a scroll
 * step waits for draws only the lines in sight that were not drawn yet, usually none. A new view (a
 * search, a sort) first draws the lines in sight alone, then those ahead.
 */
function useLinesAhead(viewId: number, first: number, last: number): { first: number; last: number } {
  const [ahead, setAhead] = useState({ viewId, first, last });
  const newView = ahead.viewId !== viewId;
  useEffect(() => {
    const drawAhead = () => startTransition(() => setAhead({ viewId, first: Math.max(0, first - AHEAD), last: last + AHEAD }));
    // A new view (a keystroke in the search box) waits for an idle moment, so that the next
    // keystroke does not wait for rows nobody sees; a scroll step draws them after its frame.
    if (newView) {
      const idle = requestIdleCallback(drawAhead, { timeout: NEW_VIEW_AHEAD_DELAY_MS });
      return () => cancelIdleCallback(idle);
    }
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(drawAhead);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [viewId, first, last, newView]);
  return newView ? { first, last } : ahead;
}

/** Asks the worker for the lines around those in sight once they come near the edge of those held. */
function useWindowRequests(page: ListPage, first: number, last: number) {
  const asked = useRef({ viewId: -1, start: 0, end: 0 });
  useEffect(() => {
    noteSight(first, last);
    const held = asked.current.viewId === page.viewId ? asked.current : { start: page.start, end: page.start + page.lines.length };
    const needFrom = Math.max(0, first - PREFETCH_MARGIN);
    const needTo = Math.min(page.lineCount, last + PREFETCH_MARGIN);
    if (needFrom >= held.start && needTo <= held.end) return;
    const start = Math.max(0, first - WINDOW_MARGIN);
    const end = Math.min(page.lineCount, last + WINDOW_MARGIN);
    asked.current = { viewId: page.viewId, start, end };
    requestWindow(start, end);
  }, [first, last, page]);
}

// Memo: typing in the search box re-renders the screen; the rows change only when the answer comes.
export const NotificationTable = memo(function NotificationTable({ page }: { page: ListPage }) {
  const { t, i18n } = useTranslation('notifications');
  const navigate = useRoute((s) => s.navigate);
  const sorting = useListStore((s) => s.sorting);
  const workingDays = useSubmissionWorkingDays();

  const columns = useMemo<ColumnDef<VisibleRow>[]>(
    () =>
      COLUMNS.map((c) => ({
        id: c.id,
        accessorFn: c.sortKey,
        header: t(`columns.${c.id}`),
        size: c.size,
        enableSorting: c.sortKey !== undefined,
      })),
    // i18n.language: the headers in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
  // The table holds no lines: they are drawn from the page, sorted and grouped by the worker.
  const table = useReactTable<VisibleRow>({
    data: NO_LINES,
    columns,
    state: { sorting },
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    // A first click sorts up (TanStack would guess the direction from a first row, which it has not).
    sortDescFirst: false,
    onSortingChange: (updater) => useListStore.getState().setSorting(resolve<SortingState>(updater, sorting)),
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: page.lineCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });

  // Back from a notification: return to where the reviewer was in the list.
  useEffect(() => {
    const { scrollTop } = useListStore.getState();
    if (scrollRef.current && scrollTop) scrollRef.current.scrollTop = scrollTop;
  }, []);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useWindowRequests(page, first, last);
  const ahead = useLinesAhead(page.viewId, first, last);
  const slots = slotCount(virtualizer.scrollRect?.height ?? window.innerHeight);
  const drawn = drawnRange(first, last, ahead, page.lineCount, slots);
  const indexes: number[] = [];
  for (let i = drawn.first; i <= drawn.last; i++) indexes.push(i);

  const lineAt = (target: EventTarget): VisibleRow | undefined => {
    const index = (target as Element).closest<HTMLElement>('tr[data-line]')?.dataset.line;
    return index === undefined ? undefined : page.lines[Number(index) - page.start];
  };
  const open = (line: VisibleRow) => {
    if (scrollRef.current) useListStore.getState().setScrollTop(scrollRef.current.scrollTop);
    navigate({ name: 'review', notificationId: line.row.id });
  };
  // One listener for all rows, so that a row is drawn from its line alone.
  const onClick = (e: MouseEvent) => {
    const line = lineAt(e.target);
    if (line) open(line);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const line = e.target instanceof HTMLTableRowElement ? lineAt(e.target) : undefined;
    if (!line) return;
    if (e.key === 'Enter') open(line);
    if (e.key === 'ArrowRight') setGroupOpen(line, true);
    if (e.key === 'ArrowLeft') setGroupOpen(line, false);
  };

  return (
    <div className="nl-scroll" ref={scrollRef} data-testid="notification-table">
      <table className="nl-table" style={{ minWidth: TOTAL_WIDTH, ...COLUMN_WIDTHS }}>
        <Header table={table} sorting={sorting} t={t} />
        <tbody style={{ height: virtualizer.getTotalSize() }} onClick={onClick} onKeyDown={onKeyDown}>
          {indexes.map((index) => {
            const line = page.lines[index - page.start];
            // Keyed by slot, not by notification: a row's cells are updated in place for the line
            // that takes its slot (scrolled in, or in a new search or sort) rather than built anew.
            const key = index % slots;
            if (!line) return <tr key={key} className="nl-row nl-pending" style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }} aria-hidden />;
            return <Line key={key} line={line} index={index} t={t} workingDays={workingDays} />;
          })}
        </tbody>
      </table>
    </div>
  );
});
