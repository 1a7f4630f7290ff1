// What app/ uses from the dashboard.
export { DashboardScreen } from './DashboardScreen';
