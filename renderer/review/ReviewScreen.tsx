export function ReviewScreen({ notificationId }: { notificationId: string; commentId?: string }) {
  return <div data-testid="screen-review">{notificationId}</div>;
}
