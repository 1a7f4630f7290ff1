// Messages between the dashboard screen (dashboardData.ts) and its worker (dashboardWorker.ts). The
// worker holds every notification's facts; the screen gets the figures, and the ids behind a chart
// element only when one is clicked.
import type { DashboardFigures, DrillDown, Period } from '../../shared/dashboard/commentRate';

export interface FiguresRequest {
  period: Period;
  /** One period's key (e.g. '2025-Q3') to count only its notifications; '' for all. */
  scope: string;
  today: string;
}

/** What a click on a chart element asks for: the notifications it counts. */
export type DrillTarget = { kind: 'cell'; cell: DrillDown } | { kind: 'days'; bucket: number } | { kind: 'deadline'; which: 'missed' | 'atRisk' };

export type ToDashboardWorker = ({ type: 'figures' } & FiguresRequest & { requestId: number }) | { type: 'drill'; requestId: number; request: FiguresRequest; target: DrillTarget };

export interface FiguresAnswer {
  figures: DashboardFigures;
  /** Every period of the chosen length with notifications, in time order (the scope selector's choices). */
  periods: string[];
  /** Committee id → its code, where a position named it. */
  committeeCodes: Record<string, string>;
}

export type FromDashboardWorker = ({ type: 'figures'; requestId: number } & FiguresAnswer) | { type: 'ids'; requestId: number; ids: string[] } | { type: 'error'; requestId: number; message: string };
