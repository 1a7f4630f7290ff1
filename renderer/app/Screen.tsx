import type { Route } from './route';
import { NotificationsScreen } from '../notifications/NotificationsScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { ImportScreen } from '../importing/ImportScreen';
import { StandardsScreen } from '../standards/StandardsScreen';
import { PdfDevPage } from '../pdf/PdfDevPage';
import { SettingsScreen } from '../settings/SettingsScreen';

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
    default:
      return <NotificationsScreen />;
  }
}
