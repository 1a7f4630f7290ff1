import type { Route } from './route';
import { NotificationsScreen } from '../notifications/NotificationsScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { ImportScreen } from '../importing/ImportScreen';
import { StandardsScreen } from '../standards/StandardsScreen';
import { PdfDevPage } from '../pdf/PdfDevPage';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SyncScreen } from '../sync/SyncScreen';
import { CompileScreen } from '../compile/CompileScreen';
import { SubmissionScreen } from '../submission/SubmissionScreen';

export function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'review':
      return <ReviewScreen key={route.notificationId} notificationId={route.notificationId} commentId={route.commentId} />;
    case 'import':
      return <ImportScreen />;
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
    case 'submission':
      return <SubmissionScreen key={route.notificationId} notificationId={route.notificationId} />;
    default:
      return <NotificationsScreen />;
  }
}
