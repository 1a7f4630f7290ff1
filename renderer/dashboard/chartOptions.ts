// The ECharts options of the dashboard's charts, from its figures and the translated labels.
import { MEASURES, type Breakdown, type Measure } from '../../shared/dashboard/commentRate';
import type { ChartOption } from './EChart';

/** A breakdown chart shows its largest keys only; the XLSX export has them all. */
export const TOP_KEYS = 12;

const COLOURS: Record<Measure, string> = { received: '#8da2c0', assigned: '#5b7fb5', commented: '#e0a030', approved: '#3b9c6e', submittedInTime: '#2f6b3f' };

const base = (title: string): ChartOption => ({
  animation: false,
  title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 600 } },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  grid: { left: 48, right: 16, top: 64, bottom: 56 },
});

/** Grouped bars, one series per measure: a bar is (key, measure). */
export function measuresChart(title: string, rows: Breakdown, keyLabel: (key: string) => string, measureLabel: (m: Measure) => string): ChartOption {
  return {
    ...base(title),
    legend: { top: 28, left: 8, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    xAxis: { type: 'category', data: rows.map((row) => keyLabel(row.key)), axisLabel: { interval: 0, rotate: rows.length > 6 ? 35 : 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: MEASURES.map((m) => ({ type: 'bar', name: measureLabel(m), itemStyle: { color: COLOURS[m] }, data: rows.map((row) => row.counts[m]), cursor: 'pointer' })),
  };
}

/** One series of bars, e.g. the days-to-first-comment buckets, or missed and at-risk deadlines. */
export function simpleChart(title: string, categories: string[], values: number[], colour: string | string[]): ChartOption {
  return {
    ...base(title),
    grid: { left: 48, right: 16, top: 44, bottom: 40 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: values.map((value, i) => ({ value, itemStyle: { color: Array.isArray(colour) ? colour[i % colour.length] : colour } })),
        label: { show: true, position: 'top' },
        barMaxWidth: 48,
        cursor: 'pointer',
      },
    ],
  };
}
