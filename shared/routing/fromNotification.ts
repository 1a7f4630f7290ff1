// What routing reads of a notification; the server and the app build their inputs here.
import type { Notification } from '../domain/notification';
import { standardKeys } from '../precedents/standardRef';
import type { RoutedNotification, RoutingNotification } from './suggestCommittees';

export function routingNotification(n: Notification): RoutingNotification {
  return {
    notificationId: n.id,
    memberCode: n.memberCode,
    hsCodes: n.hsCodes.map((c) => c.code),
    icsCodes: n.icsCodes.map((c) => c.code),
    standards: standardKeys(`${n.relevantDocuments} ${n.description}`),
    title: `${n.title} ${n.products}`,
  };
}

export function routedNotification(n: Notification, committeeIds: string[], commenters: RoutedNotification['commenters']): RoutedNotification {
  return { ...routingNotification(n), distributedAt: n.distributionDate ?? n.importedAt, committeeIds, commenters };
}
