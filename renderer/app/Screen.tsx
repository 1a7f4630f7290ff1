// Which screen the route shows. Only the list is in the first bundle: every other screen (and the
// PDF, export and spreadsheet code they bring) loads when first opened, so a start parses less.
// While the next screen loads, the one on view stays: React shows a screen that replaces a
// "loading…" fallback no sooner than 300 ms after the fallback, however fast it loaded.
import { lazy, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../lib/route';
import { NotificationsScreen } from '../notifications';

const ReviewScreen = lazy(() => import('../review').then((m) => ({ default: m.ReviewScreen })));
const ImportScreen = lazy(() => import('../importing').then((m) => ({ default: m.ImportScreen })));
const StandardsScreen = lazy(() => import('../standards').then((m) => ({ default: m.StandardsScreen })));
const PdfDevPage = lazy(() => import('../pdf').then((m) => ({ default: m.PdfDevPage })));
const SettingsScreen = lazy(() => import('../settings').then((m) => ({ default: m.SettingsScreen })));
const SyncScreen = lazy(() => import('../sync/SyncScreen').then((m) => ({ default: m.SyncScreen })));
const CompileScreen = lazy(() => import('../compile').then((m) => ({ default: m.CompileScreen })));
const RoutingScreen = lazy(() => import('../routing').then((m) => ({ default: m.RoutingScreen })));
const DashboardScreen = lazy(() => import('../dashboard').then((m) => ({ default: m.DashboardScreen })));
const SubmissionScreen = lazy(() => import('../submission').then((m) => ({ default: m.SubmissionScreen })));

function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'review':
      return <ReviewScreen key={route.notificationId} notificationId={route.notificationId} commentId={route.commentId} />;
    case 'import':
      return <ImportScreen />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'standards':
      return <StandardsScreen />;
    case 'pdf-dev':
      return <PdfDevPage />;
    case 'settings':
      return <SettingsScreen />;
    case 'sync':
      return <SyncScreen conflictId={route.conflictId} />;
    case 'compile':
      return <CompileScreen key={route.notificationId} notificationId={route.notificationId} />;
    case 'routing':
      return <RoutingScreen />;
    case 'submission':
      return <SubmissionScreen key={route.notificationId} notificationId={route.notificationId} />;
    default:
      return <NotificationsScreen />;
  }
}

export function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const shown = useDeferredValue(route);
  return (
    <Suspense fallback={<p className="screen-loading">{t('loading')}</p>}>
      <RouteScreen route={shown} />
    </Suspense>
  );
}
