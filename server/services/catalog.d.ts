import type { Queryable } from '../db/db';
import type { Notification } from '../../shared/domain/notification';
import type { NotifiedDocument, StandardText } from '../../shared/domain/document';
/** Inserts or updates notifications (e.g. from an ePing import); assigned ones reach their committees again. */
export declare function upsertNotifications(tx: Queryable, by: string | null, notifications: Notification[]): Promise<{
    created: number;
    updated: number;
}>;
/** Stores a notified document (the same bytes twice for one notification are stored once). */
export declare function addDocument(tx: Queryable, by: string | null, notificationId: string, fileName: string, language: string, bytes: Uint8Array): Promise<NotifiedDocument>;
/** Stores a standard text; uploading the same identifier again replaces its file. Everyone receives standards. */
export declare function addStandard(tx: Queryable, by: string | null, identifier: string, title: string, fileName: string, bytes: Uint8Array): Promise<StandardText>;
/** Assigns a notification to a committee (and optionally named experts); sends it and its documents to the committee. */
export declare function assign(tx: Queryable, by: string | null, notificationId: string, committeeId: string, expertIds: string[]): Promise<void>;
export declare function unassign(tx: Queryable, by: string | null, notificationId: string, committeeId: string): Promise<void>;
/** The secretary locks (or reopens) the compilation of a notification in their committee. */
export declare function setLock(tx: Queryable, by: string | null, notificationId: string, committeeId: string, locked: boolean): Promise<void>;
/** May this user read the notification (and its documents)? */
export declare function canReadNotification(db: Queryable, actor: {
    role: string;
    committeeIds: string[];
}, notificationId: string): Promise<boolean>;
