// Which screen is shown, kept in location.hash so that a reload returns to the same place.
import { create } from 'zustand';

export type Route =
  | { name: 'notifications' }
  | { name: 'dashboard' }
  | { name: 'review'; notificationId: string; commentId?: string }
  | { name: 'import' }
  | { name: 'standards' }
  | { name: 'settings' }
  | { name: 'sync'; conflictId?: string }
  | { name: 'compile'; notificationId: string }
  | { name: 'submission'; notificationId: string }
  | { name: 'routing' }
  | { name: 'pdf-dev' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'review' && parts[1]) {
    return parts[2] ? { name: 'review', notificationId: parts[1], commentId: parts[2] } : { name: 'review', notificationId: parts[1] };
  }
  if (parts[0] === 'compile' && parts[1]) return { name: 'compile', notificationId: parts[1] };
  if (parts[0] === 'submission' && parts[1]) return { name: 'submission', notificationId: parts[1] };
  if (parts[0] === 'import') return { name: 'import' };
  if (parts[0] === 'routing') return { name: 'routing' };
  if (parts[0] === 'dashboard') return { name: 'dashboard' };
  if (parts[0] === 'standards') return { name: 'standards' };
  if (parts[0] === 'dev' && parts[1] === 'pdf') return { name: 'pdf-dev' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'sync') return parts[1] === 'conflict' && parts[2] ? { name: 'sync', conflictId: parts[2] } : { name: 'sync' };
  return { name: 'notifications' };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'review':
      return `#/review/${encodeURIComponent(route.notificationId)}${route.commentId ? `/${encodeURIComponent(route.commentId)}` : ''}`;
    case 'compile':
      return `#/compile/${encodeURIComponent(route.notificationId)}`;
    case 'submission':
      return `#/submission/${encodeURIComponent(route.notificationId)}`;
    case 'import':
      return '#/import';
    case 'routing':
      return '#/routing';
    case 'dashboard':
      return '#/dashboard';
    case 'standards':
      return '#/standards';
    case 'pdf-dev':
      return '#/dev/pdf';
    case 'settings':
      return '#/settings';
    case 'sync':
      return route.conflictId ? `#/sync/conflict/${encodeURIComponent(route.conflictId)}` : '#/sync';
    default:
      return '#/';
  }
}

interface RouteState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useRoute = create<RouteState>((set) => ({
  route: parseHash(globalThis.location?.hash ?? ''),
  navigate: (route) => {
    const hash = routeToHash(route);
    if (globalThis.location.hash !== hash) globalThis.location.hash = hash;
    set({ route });
  },
}));

globalThis.addEventListener?.('hashchange', () => {
  useRoute.setState({ route: parseHash(globalThis.location.hash) });
});
