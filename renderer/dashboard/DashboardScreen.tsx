// The comment-rate dashboard (desk officers, admin): per period, how many notifications were
// received, assigned, commented on, given an approved position and submitted in time, broken down
// by committee, member, HS chapter and ICS field; days to the first comment; deadlines missed and at
// risk. Counted in a worker from the local store, so it works offline. A click on a bar opens the
// notification list on exactly the notifications it counts.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, PERIODS, NO_PERIOD, type Breakdown, type Dimension, type Measure, type Period } from '../../shared/dashboard/commentRate';
import { localToday } from '../lib/localToday';
import { useRoute } from '../lib/route';
import { showNotificationSelection } from '../notifications';
import { dashboardClient } from './dashboardClient';
import type { DrillTarget, FiguresAnswer, FiguresRequest } from './dashboardProtocol';
import type { ChartClick, ChartOption } from './EChart';
import { measuresChart, simpleChart, TOP_KEYS } from './chartOptions';
import { saveChartsPng, saveFiguresXlsx, type FigureLabels } from './exportDashboard';
import './dashboard.css';

// ECharts is most of the dashboard's code: it loads while the figures are read, not before they are
// asked for. Not through React.lazy: React reveals what a Suspense fallback stood for no sooner than
// 300 ms after showing the fallback.
type ChartComponent = typeof import('./EChart').default;
let loadedChart: ChartComponent | null = null;
const loadChart = () => import('./EChart').then((m) => (loadedChart = m.default));

const GROUP = 'dashboard';
const BREAKDOWNS: Dimension[] = ['committee', 'member', 'hsChapter', 'icsField'];
const BUCKET_COLOURS = ['#3b9c6e', '#7cb56a', '#e0a030', '#d9762b', '#c0392b'];

interface Chart {
  id: string;
  option: ChartOption;
  wide?: boolean;
  /** What a click on bar (series, index) lists, and how the list names it. */
  target: (click: ChartClick) => { target: DrillTarget; label: string } | null;
}

export function DashboardScreen() {
  const { t, i18n } = useTranslation('dashboard');
  const navigate = useRoute((s) => s.navigate);
  const [period, setPeriod] = useState<Period>('month');
  const [scope, setScope] = useState('');
  const [answer, setAnswer] = useState<FiguresAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [EChart, setEChart] = useState(() => loadedChart);
  const [notice, setNotice] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const finished = useRef(new Set<string>());
  const request = useMemo<FiguresRequest>(() => ({ period, scope, today: localToday() }), [period, scope]);

  useEffect(() => {
    if (EChart) return;
    loadChart().then(
      (component) => setEChart(() => component),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [EChart]);

  useEffect(() => {
    let current = true;
    dashboardClient.figures(request).then(
      (figures) => current && (setAnswer(figures), setError(null)),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, [request]);

  const keyLabel = useCallback(
    (dimension: Dimension, key: string) =>
      dimension === 'period' && key === NO_PERIOD
        ? t('noDate')
        : dimension === 'committee'
          ? (answer?.committeeCodes[key] ?? key)
          : dimension === 'hsChapter'
            ? t('hsChapterKey', { key })
            : key,
    [t, answer],
  );
  const measureLabel = useCallback((m: Measure) => t(`measures.${m}`), [t]);
  const withScope = useCallback((label: string) => (scope ? t('scoped', { label, period: keyLabel('period', scope) }) : label), [t, scope, keyLabel]);

  const charts = useMemo<Chart[]>(() => {
    if (!answer) return [];
    const { figures } = answer;
    const measuresOf = (dimension: Dimension, rows: Breakdown, wide = false): Chart => ({
      id: dimension,
      wide,
      option: measuresChart(t(`charts.${dimension}`), rows, (key) => keyLabel(dimension, key), measureLabel),
      target: ({ seriesIndex, dataIndex }) => {
        const row = rows[dataIndex];
        const measure = MEASURES[seriesIndex];
        if (!row || !measure) return null;
        return {
          target: { kind: 'cell', cell: { dimension, key: row.key, measure } },
          label: withScope(t('drillLabel', { chart: t(`dimensions.${dimension}`), key: keyLabel(dimension, row.key), measure: measureLabel(measure) })),
        };
      },
    });
    const buckets = figures.days.buckets.map((_, i) => t(`buckets.b${i}`));
    const deadlineBars = [t('deadlineBars.missed'), t('deadlineBars.atRisk')];
    return [
      measuresOf('period', scope ? figures.breakdowns.period : figures.breakdowns.period.slice(-24), true),
      ...BREAKDOWNS.map((d) => measuresOf(d, figures.breakdowns[d].slice(0, TOP_KEYS))),
      {
        id: 'days',
        option: simpleChart(t('charts.days'), buckets, figures.days.buckets, BUCKET_COLOURS),
        target: ({ dataIndex }) => ({ target: { kind: 'days', bucket: dataIndex }, label: withScope(t('daysLabel', { buckets: buckets[dataIndex] })) }),
      },
      {
        id: 'deadlines',
        option: simpleChart(t('charts.deadlines'), deadlineBars, [figures.missed, figures.atRisk], ['#c0392b', '#e0a030']),
        target: ({ dataIndex }) => ({ target: { kind: 'deadline', which: dataIndex === 0 ? 'missed' : 'atRisk' }, label: withScope(deadlineBars[dataIndex]!) }),
      },
    ];
  }, [answer, t, keyLabel, measureLabel, scope, withScope]);

  // A layout effect: it runs before the charts' own effects, whose setOption may finish drawing at once.
  useLayoutEffect(() => {
    finished.current.clear();
    root.current?.setAttribute('data-drawn', 'false');
  }, [charts]);

  const chartFinished = (id: string) => {
    finished.current.add(id);
    if (finished.current.size === charts.length) root.current?.setAttribute('data-drawn', 'true');
  };

  const drill = async (chart: Chart, click: ChartClick) => {
    const chosen = chart.target(click);
    if (!chosen) return;
    const ids = await dashboardClient.drill(request, chosen.target);
    showNotificationSelection(ids, chosen.label);
    navigate({ name: 'notifications' });
  };

  const drillDeadline = (which: 'missed' | 'atRisk') => drill(charts.find((c) => c.id === 'deadlines')!, { seriesIndex: 0, dataIndex: which === 'missed' ? 0 : 1 });

  const fileName = (extension: string) => `${t('fileStem')}-${period}${scope ? `-${scope}` : ''}.${extension}`;
  const exportAs = async (kind: 'png' | 'xlsx') => {
    if (!answer) return;
    const name = fileName(kind);
    try {
      const saved =
        kind === 'png'
          ? await saveChartsPng(GROUP, name)
          : await saveFiguresXlsx(
              answer.figures,
              {
                measure: measureLabel,
                dimension: (d) => t(`dimensions.${d}`),
                key: keyLabel,
                bucket: (i) => t(`buckets.b${i}`),
                sheets: t('sheets', { returnObjects: true }) as FigureLabels['sheets'],
                summary: [
                  [t('periodLength'), t(`periods.${period}`)],
                  [t('scope'), scope ? keyLabel('period', scope) : t('allPeriods')],
                  [t('commentRate'), rate(answer)],
                  [t('medianDays'), answer.figures.days.median],
                  [t('missed'), answer.figures.missed],
                  [t('atRisk'), answer.figures.atRisk],
                ],
              },
              name,
            );
      if (saved) setNotice(t('exported', { name }));
    } catch (e) {
      setNotice(t('exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const totals = answer?.figures.totals;
  const locale = i18n.language.startsWith('zh') ? 'ZH' : 'EN';
  return (
    <section className="dashboard" ref={root} data-testid="screen-dashboard" data-drawn="false">
      <div className="db-bar">
        <h1>{t('title')}</h1>
        <label>
          <span className="db-label">{t('periodLength')}</span>
          <select
            value={period}
            onChange={(e) => {
              setPeriod(e.target.value as Period);
              setScope('');
            }}
            data-testid="dashboard-period"
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`periods.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="db-label">{t('scope')}</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="dashboard-scope">
            <option value="">{t('allPeriods')}</option>
            {[...(answer?.periods ?? [])].reverse().map((p) => (
              <option key={p} value={p}>
                {keyLabel('period', p)}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <button onClick={() => void exportAs('png')} disabled={!answer} data-testid="dashboard-export-png">
          {t('exportPng')}
        </button>
        <button onClick={() => void exportAs('xlsx')} disabled={!answer} data-testid="dashboard-export-xlsx">
          {t('exportXlsx')}
        </button>
      </div>
      {notice && (
        <p className="db-notice" role="status" data-testid="dashboard-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="db-error" role="alert">
          {t('failed', { message: error })}
        </p>
      )}
      {!answer && !error && <p className="db-loading">{t('loading')}</p>}
      {answer && totals && totals.received === 0 && <p className="db-empty">{t('empty')}</p>}
      {answer && totals && totals.received > 0 && (
        <>
          <p className="db-intro">{t('intro')}</p>
          <div className="db-tiles" data-testid="dashboard-totals">
            {MEASURES.map((m) => (
              <div key={m} className={`db-tile db-tile-${m}`} data-testid={`total-${m}`} data-value={totals[m]}>
                <span className="db-tile-value">{totals[m].toLocaleString(i18n.language)}</span>
                <span className="db-tile-label">{measureLabel(m)}</span>
              </div>
            ))}
            <div className="db-tile" data-testid="total-rate">
              <span className="db-tile-value">{rate(answer)}</span>
              <span className="db-tile-label">{t('commentRate')}</span>
            </div>
            <div className="db-tile" data-testid="total-median" data-value={answer.figures.days.median ?? ''}>
              <span className="db-tile-value">{answer.figures.days.median === null ? t('noMedian') : t('days', { count: answer.figures.days.median })}</span>
              <span className="db-tile-label">{t('medianDays')}</span>
            </div>
            <button className="db-tile db-tile-missed" onClick={() => void drillDeadline('missed')} data-testid="total-missed" data-value={answer.figures.missed}>
              <span className="db-tile-value">{answer.figures.missed}</span>
              <span className="db-tile-label">{t('missed')}</span>
            </button>
            <button className="db-tile db-tile-risk" onClick={() => void drillDeadline('atRisk')} data-testid="total-atRisk" data-value={answer.figures.atRisk}>
              <span className="db-tile-value">{answer.figures.atRisk}</span>
              <span className="db-tile-label">{t('atRisk')}</span>
            </button>
          </div>
          <div className="db-charts">
            {charts.map((chart) => (
              <div key={chart.id} className={chart.wide ? 'db-cell db-cell-wide' : 'db-cell'}>
                {EChart ? (
                  <EChart
                    option={chart.option}
                    locale={locale}
                    group={GROUP}
                    onClick={(click) => void drill(chart, click)}
                    onFinished={() => chartFinished(chart.id)}
                    testId={`chart-${chart.id}`}
                  />
                ) : (
                  <div className="db-chart" />
                )}
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** Share of the notifications received that got at least one finished comment. */
function rate(answer: FiguresAnswer): string {
  const { received, commented } = answer.figures.totals;
  return received ? `${((commented / received) * 100).toFixed(1)}%` : '—';
}
