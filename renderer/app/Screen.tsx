import type { Route } from '../lib/route';
import { NotificationsScreen } from '../notifications';
import { ReviewScreen } from '../review';
import { ImportScreen } from '../importing';
import { StandardsScreen } from '../standards';
import { PdfDevPage } from '../pdf';
import { SettingsScreen } from '../settings';
import { SyncScreen } from '../sync/SyncScreen';
import { CompileScreen } from '../compile';
import { SubmissionScreen } from '../submission';

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
