import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';

export function useNotificationCount(): number | undefined {
  return useLiveQuery(() => db.notifications.count(), []);
}
