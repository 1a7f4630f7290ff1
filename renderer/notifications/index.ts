// What app/ uses from notifications.
export { NotificationsScreen } from './NotificationsScreen';
export { startListData } from './listData';
export { showNotificationSelection } from './listStore';
