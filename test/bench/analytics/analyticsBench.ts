// Figures of issue 13 (precedents, routing, comment-rate dashboard), pure functions in Node.
// `npm run bench` runs them with the rest; `npm run bench -- --only analytics` runs this group alone.
import { generatePastComments } from '../../../shared/precedents/testing/generatePastComments';
import { generateRoutingHistory, holdOut } from '../../../shared/routing/testing/generateRoutingHistory';
import { routingHistory, suggestCommittees } from '../../../shared/routing';
import { countBy, daysDistribution, deadlines, notificationFacts, type DashboardInput } from '../../../shared/dashboard';
import { generateNotifications } from '../../../shared/search/testing/generateNotifications';
import { indexPrecedents, notificationText, precedentQuery, precedentSources, rankPrecedents } from '../../../shared/precedents';

export interface AnalyticsFigure {
  name: string;
  value: number;
  unit: string;
}

const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.95) - 1]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** 100,000 past comments; 100 queries (notifications under review), p95 of one ranking each. */
function precedentsFigures(): AnalyticsFigure[] {
  const data = generatePastComments(100_000);
  const byId = new Map(data.notifications.map((n) => [n.id, n]));
  const sources = precedentSources(data);
  const buildStart = performance.now();
  const index = indexPrecedents(sources, (id) => notificationText(byId.get(id)));
  const buildMs = performance.now() - buildStart;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < 100; i++) {
    const notification = data.notifications[(i * 97) % data.notifications.length]!;
    const start = performance.now();
    const cpu = process.cpuUsage();
    rankPrecedents(index, precedentQuery(notification, i % 2 ? 'ISO 8124-1:2022' : ''));
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    times.push(performance.now() - start);
  }
  return [
    { name: 'precedents_p95_ms', value: round(p95(times)), unit: 'ms' },
    // CPU time of the same rankings: on a machine shared by many processes the wall time above
    // includes waiting for a core.
    { name: 'precedents_cpu_p95_ms', value: round(p95(cpuTimes)), unit: 'ms' },
    { name: 'precedents_index_build_ms', value: round(buildMs), unit: 'ms' },
  ];
}

/**
 * 20,000 generated assigned notifications (rules in generateRoutingHistory.ts), 300 committees;
 * the newest 10 % held out. A hit: the committee that took it is among the first three suggested.
 * The time is one suggestion (scopes and history already loaded), averaged and at p95.
 */
function routingFigures(): AnalyticsFigure[] {
  const { scopes, history } = generateRoutingHistory({ notifications: 20_000, committees: 300 });
  const { past, held } = holdOut(history);
  const learned = routingHistory(past);
  let hits = 0;
  const times: number[] = [];
  for (const notification of held) {
    const start = performance.now();
    const suggestions = suggestCommittees(notification, scopes, learned, 3);
    times.push(performance.now() - start);
    if (suggestions.some((s) => s.committeeId === notification.committeeIds[0])) hits++;
  }
  return [
    { name: 'routing_top3_accuracy', value: Math.round((hits / held.length) * 1000) / 1000, unit: 'ratio' },
    { name: 'routing_suggest_ms', value: round(times.reduce((a, b) => a + b, 0) / times.length), unit: 'ms' },
    { name: 'routing_suggest_p95_ms', value: round(p95(times)), unit: 'ms' },
  ];
}

/**
 * 50,000 notifications, 200,000 comments: every aggregate the dashboard shows, from the records in
 * memory (not yet from IndexedDB, nor the charts drawn). Median of 5 after a warm-up.
 */
function dashboardFigures(): AnalyticsFigure[] {
  const notifications = generateNotifications({ count: 50_000, seed: 9 });
  const input: DashboardInput = {
    notifications,
    assignments: notifications.flatMap((n, i) => (i % 5 ? [{ notificationId: n.id, committeeId: `tc${i % 300}` }] : [])),
    comments: Array.from({ length: 200_000 }, (_, i) => ({ notificationId: notifications[(i * 7919) % notifications.length]!.id, status: i % 3 ? ('finished' as const) : ('draft' as const), updatedAt: `2025-0${1 + (i % 9)}-1${i % 10}T00:00:00Z` })),
    positions: notifications.flatMap((n, i) => (i % 4 === 0 ? [{ notificationId: n.id, committeeId: `tc${i % 300}`, approved: i % 8 === 0 }] : [])),
    sendingRecords: notifications.flatMap((n, i) => (i % 6 === 0 ? [{ notificationId: n.id, sentAt: '2025-05-01' }] : [])),
  };
  const aggregate = () => {
    const facts = notificationFacts(input, 'month');
    return [countBy(facts, 'period'), countBy(facts, 'committee'), countBy(facts, 'member'), countBy(facts, 'hsChapter'), countBy(facts, 'icsField'), daysDistribution(facts), deadlines(facts, '2025-06-15')];
  };
  aggregate();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    aggregate();
    times.push(performance.now() - start);
  }
  return [{ name: 'dashboard_50k_aggregate_ms', value: round([...times].sort((a, b) => a - b)[2]!), unit: 'ms' }];
}

export async function runAnalyticsBenchmarks(): Promise<AnalyticsFigure[]> {
  return [...precedentsFigures(), ...routingFigures(), ...dashboardFigures()];
}
