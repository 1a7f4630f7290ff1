import type { DashboardWorld } from '../../../shared/dashboard/testing/generateDashboardWorld';
export type LocalRows = Record<'notifications' | 'assignments' | 'remoteComments' | 'positions' | 'sendingRecords', unknown[]>;
export declare function localRows(world: DashboardWorld): LocalRows;
