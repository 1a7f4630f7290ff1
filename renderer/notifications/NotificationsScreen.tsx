export function NotificationsScreen() {
  return <div data-testid="screen-notifications">notifications</div>;
}
