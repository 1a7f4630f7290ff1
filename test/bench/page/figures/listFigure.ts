// list_filter_p95_ms and list_sort_p95_ms: the list's pure filter and sort functions over 50,000
// rows, 50 varied filters and 50 varied sort orders.
import { generateNotifications } from '../../../fixtures/generateNotifications';
import type { FigureOutcome } from '../../types';
import { loadRenderer, type ListFilters, type ListModelModule } from '../renderer';
import { p95, round, timeMs } from '../stats';

const COUNT = 50_000;
const TODAY = '2025-06-15';
const QUERIES = 50;

function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export async function listFigure(): Promise<FigureOutcome> {
  const list = await loadRenderer<ListModelModule>('notifications/listModel.ts');
  const notifications = generateNotifications({ count: COUNT, seed: 7, today: TODAY });
  const prepared = timeMs(() => list.prepareRows(notifications, new Map(), TODAY));
  const rows = prepared.result;

  const members = distinct(notifications.map((n) => n.memberCode));
  const types = distinct(notifications.map((n) => n.type));
  const chapters = distinct(notifications.flatMap((n) => n.hsCodes.map((c) => c.code.slice(0, 2))));
  const icsPrefixes = distinct(notifications.flatMap((n) => n.icsCodes.map((c) => c.code.slice(0, 2))));
  const windows: ListFilters['deadline'][] = ['overdue', 'next7', 'next30', 'none'];
  const filters: ListFilters[] = Array.from({ length: QUERIES }, (_, i) => {
    const pick = <T>(items: T[]) => items[i % items.length]!;
    const variants: Partial<ListFilters>[] = [
      { member: pick(members) },
      { deadline: pick(windows) },
      { hsChapter: pick(chapters) },
      { icsPrefix: pick(icsPrefixes) },
      { agreement: 'TBT', type: pick(types), deadline: 'next30' },
    ];
    return { ...list.NO_FILTERS, ...variants[i % variants.length] };
  });
  const columns = ['symbol', 'member', 'title', 'distributionDate', 'deadline', 'status'];
  const sortings = Array.from({ length: QUERIES }, (_, i) => {
    const first = { id: columns[i % columns.length]!, desc: i % 2 === 1 };
    return i % 3 === 2 ? [first, { id: columns[(i + 2) % columns.length]!, desc: false }] : [first];
  });

  list.filterNotifications(rows, filters[0]!); // warm-up
  list.sortNotifications(rows, sortings[0]!);
  const filterTimes = filters.map((f) => timeMs(() => list.filterNotifications(rows, f)).ms);
  const sortTimes = sortings.map((s) => timeMs(() => list.sortNotifications(rows, s)).ms);
  return {
    figures: [
      { name: 'list_prepare_rows_ms', value: round(prepared.ms), unit: 'ms' },
      { name: 'list_filter_p95_ms', value: round(p95(filterTimes)), unit: 'ms' },
      { name: 'list_sort_p95_ms', value: round(p95(sortTimes)), unit: 'ms' },
    ],
  };
}
