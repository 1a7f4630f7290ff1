// The virtualised table: TanStack Table for columns and sorting state; TanStack Virtual lays out
// every line of the view and renders only those in sight. The lines themselves come from the list's
// worker a window at a time (listData.ts); a line whose window has not arrived yet is drawn empty.
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import { useRoute } from '../lib/route';
import { formatDate } from '../i18n';
import type { ListRow, VisibleRow } from './listModel';
import { useListStore } from './listStore';
import { requestWindow } from './listData';
import type { ListPage } from './listProtocol';
import { SubmissionBadge, useSubmissionWorkingDays } from '../submission/badge';
import { Marked } from './Marked';

type TableRow = VisibleRow;
/** What the cells read beside their row: the internal-deadline setting the badges use. */
type TableMeta = { workingDays: number | undefined };

const ROW_HEIGHT = 34;
/** Lines asked for beyond those in sight, so that a scroll step usually finds them there already. */
const WINDOW_MARGIN = 150;

function resolve<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;
}

function DeadlineCell({ row, isFollowUp }: { row: ListRow; isFollowUp: boolean }) {
  const { t } = useTranslation('notifications');
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

function useColumns(): ColumnDef<TableRow>[] {
  const { t, i18n } = useTranslation('notifications');
  return useMemo<ColumnDef<TableRow>[]>(
    () => [
      {
        id: 'symbol',
        // Sortable columns need an accessor; the sorting itself is done by listModel.
        accessorFn: (g) => g.row.symbolKey,
        header: t('columns.symbol'),
        size: 235,
        cell: ({ row }) => <SymbolCell line={row.original} />,
      },
      {
        id: 'member',
        accessorFn: (g) => g.row.memberKey,
        header: t('columns.member'),
        size: 120,
        cell: ({ row }) => <span title={row.original.row.notification.member}>{row.original.row.notification.member}</span>,
      },
      {
        id: 'title',
        accessorFn: (g) => g.row.titleKey,
        header: t('columns.title'),
        size: 215,
        cell: ({ row }) => {
          const n = row.original.row.notification;
          return (
            <span className="nl-title" title={n.title}>
              {n.type !== 'regular' && <span className={`nl-type nl-type-${n.type}`}>{t(`type.${n.type}`)}</span>}
              {n.agreement === 'SPS' && <span className="nl-type nl-type-sps">SPS</span>}
              <Marked text={n.title} />
            </span>
          );
        },
      },
      {
        id: 'products',
        header: t('columns.products'),
        size: 125,
        enableSorting: false,
        cell: ({ row }) => (
          <span title={row.original.row.notification.products}>
            <Marked text={row.original.row.notification.products} />
          </span>
        ),
      },
      {
        id: 'codes',
        header: t('columns.codes'),
        size: 140,
        enableSorting: false,
        cell: ({ row }) => {
          const n = row.original.row.notification;
          const hs = n.hsCodes.map((c) => c.code).join(', ');
          const ics = n.icsCodes.map((c) => c.code).join(', ');
          const full = [...n.hsCodes.map((c) => `HS ${c.code} ${c.description}`), ...n.icsCodes.map((c) => `ICS ${c.code} ${c.description}`)].join('\n');
          return (
            <span className="nl-codes" title={full}>
              {hs && <span className="nl-code-hs">{hs}</span>}
              {ics && <span className="nl-code-ics">{ics}</span>}
            </span>
          );
        },
      },
      {
        id: 'distributionDate',
        accessorFn: (g) => g.row.notification.distributionDate,
        header: t('columns.distributionDate'),
        size: 118,
        cell: ({ row }) => formatDate(row.original.row.notification.distributionDate),
      },
      {
        id: 'deadline',
        accessorFn: (g) => g.row.deadline,
        header: t('columns.deadline'),
        size: 230,
        cell: ({ row }) => <DeadlineCell row={row.original.row} isFollowUp={row.original.depth > 0} />,
      },
      {
        id: 'status',
        accessorFn: (g) => g.row.status,
        header: t('columns.status'),
        size: 215,
        cell: ({ row, table }) => {
          const r = row.original.row;
          const { workingDays } = table.options.meta as TableMeta;
          return (
            <span className="nl-status-cell">
              <span className={`nl-status nl-status-${r.status}`} data-testid="status">
                {t(`status.${r.status}`)}
              </span>
              <SubmissionBadge stage={r.submission} deadline={r.deadline} workingDays={workingDays} />
              {r.drafts + r.finished > 0 && <span className="nl-counts">{t('counts', { draft: r.drafts, finished: r.finished })}</span>}
            </span>
          );
        },
      },
    ],
    // i18n.language: headers and cells are re-created in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}

function SymbolCell({ line }: { line: VisibleRow }) {
  const { t } = useTranslation('notifications');
  const setExpanded = useListStore((s) => s.setExpanded);
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
            setExpanded({ ...useListStore.getState().expanded, [line.row.id]: !line.expanded });
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

// Memo: typing in the search box re-renders the screen; the rows change only when the answer comes.
export const NotificationTable = memo(function NotificationTable({ page }: { page: ListPage }) {
  const { t } = useTranslation('notifications');
  const navigate = useRoute((s) => s.navigate);
  const { sorting, expanded, setSorting, setExpanded, scrollTop, setScrollTop } = useListStore(
    useShallow((s) => ({ sorting: s.sorting, expanded: s.expanded, setSorting: s.setSorting, setExpanded: s.setExpanded, scrollTop: s.scrollTop, setScrollTop: s.setScrollTop })),
  );
  const columns = useColumns();
  const meta: TableMeta = { workingDays: useSubmissionWorkingDays() };

  const table = useReactTable<TableRow>({
    data: page.lines,
    columns,
    state: { sorting },
    getRowId: (line) => line.row.id,
    getCoreRowModel: getCoreRowModel(),
    // Lines arrive filtered, sorted and grouped by the worker; the table only keeps the state.
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    meta,
    onSortingChange: (updater) => setSorting(resolve<SortingState>(updater, sorting)),
  });

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: page.lineCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // Back from a notification: return to where the reviewer was in the list.
  useEffect(() => {
    if (scrollRef.current && scrollTop) scrollRef.current.scrollTop = scrollTop;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const pageEnd = page.start + page.lines.length;
  useEffect(() => {
    const missing = first < page.start || (last >= pageEnd && pageEnd < page.lineCount);
    if (missing) requestWindow(Math.max(0, first - WINDOW_MARGIN), last + WINDOW_MARGIN);
  }, [first, last, page.start, pageEnd, page.lineCount]);

  const open = (line: VisibleRow) => {
    if (scrollRef.current) setScrollTop(scrollRef.current.scrollTop);
    navigate({ name: 'review', notificationId: line.row.id });
  };
  const toggle = (line: VisibleRow, open: boolean) => {
    if (line.followUps > 0) setExpanded({ ...expanded, [line.row.id]: open });
  };

  const totalWidth = table.getTotalSize();
  // Every row is a grid with the same columns; the title takes the spare width.
  const gridColumns = table
    .getVisibleLeafColumns()
    .map((c) => (c.id === 'title' ? `minmax(${c.getSize()}px, 1fr)` : `${c.getSize()}px`))
    .join(' ');

  return (
    <div className="nl-scroll" ref={scrollRef} data-testid="notification-table">
      <table className="nl-table" style={{ minWidth: totalWidth, ['--nl-columns' as string]: gridColumns }}>
        <thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    className={`nl-col-${header.column.id}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {canSort ? (
                      <button className="nl-sort" onClick={header.column.getToggleSortingHandler()} data-testid={`sort-${header.column.id}`}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span className="nl-sort-mark" aria-label={sorted ? t(sorted === 'asc' ? 'sortAsc' : 'sortDesc') : undefined}>
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index - page.start];
            if (!row) return <tr key={`pending-${item.index}`} className="nl-row nl-pending" style={{ transform: `translateY(${item.start}px)` }} aria-hidden />;
            const line = row.original;
            return (
              <tr
                key={row.id}
                className={`nl-row nl-state-${line.row.deadlineState}${line.depth > 0 ? ' nl-child' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                tabIndex={0}
                onClick={() => open(line)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') open(line);
                  if (e.key === 'ArrowRight') toggle(line, true);
                  if (e.key === 'ArrowLeft') toggle(line, false);
                }}
                data-testid="notification-row"
                data-symbol={line.row.id}
                data-depth={line.depth}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`nl-col-${cell.column.id}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
