// The dashboard's two exports: its charts as one PNG (as laid out on screen) and its figures as XLSX
// (every key of every breakdown, not only the charts' largest). The spreadsheet writer loads on the
// first export.
import { DIMENSIONS, MEASURES, type DashboardFigures, type Dimension, type Measure } from '../../shared/dashboard/commentRate';
import { saveBytes } from '../lib/desktop';

export interface FigureLabels {
  measure: (m: Measure) => string;
  dimension: (d: Dimension) => string;
  key: (d: Dimension, key: string) => string;
  bucket: (i: number) => string;
  sheets: { summary: string; days: string; figure: string; value: string; daysRange: string; notifications: string };
  /** Rows of the summary sheet besides the totals: [label, value]. */
  summary: [string, string | number | null][];
}

export async function saveChartsPng(group: string, fileName: string): Promise<boolean> {
  const { connectedPng } = await import('./EChart');
  const url = connectedPng(group);
  if (!url) throw new Error('no chart is drawn');
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return saveBytes(fileName, bytes, [{ name: 'PNG', extensions: ['png'] }]);
}

export async function saveFiguresXlsx(figures: DashboardFigures, labels: FigureLabels, fileName: string): Promise<boolean> {
  const { exportTablesXlsx } = await import('../../shared/export');
  const bytes = await exportTablesXlsx([
    {
      name: labels.sheets.summary,
      header: [labels.sheets.figure, labels.sheets.value],
      rows: [...MEASURES.map((m): [string, number] => [labels.measure(m), figures.totals[m]]), ...labels.summary],
    },
    ...DIMENSIONS.map((d) => ({
      name: labels.dimension(d),
      header: [labels.dimension(d), ...MEASURES.map(labels.measure)],
      rows: figures.breakdowns[d].map((row) => [labels.key(d, row.key), ...MEASURES.map((m) => row.counts[m])]),
    })),
    { name: labels.sheets.days, header: [labels.sheets.daysRange, labels.sheets.notifications], rows: figures.days.buckets.map((count, i) => [labels.bucket(i), count]) },
  ]);
  return saveBytes(fileName, bytes, [{ name: 'XLSX', extensions: ['xlsx'] }]);
}
