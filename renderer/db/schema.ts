// The local store. IndexedDB through Dexie; one database per origin, named below.
// Each schema version is kept here forever: Dexie needs the full history to upgrade old databases.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Notification } from '../../shared/domain/notification';
import type { Comment } from '../../shared/domain/comment';
import type { NotifiedDocument, StandardText } from '../../shared/domain/document';
import type { Assignment, CommentBase, OutboxEntry, PendingFile, RemoteComment, SyncConflict, SyncStateRow } from './syncRecords';
import type { PositionRow, SendingRecordRow } from './compileRecords';
import type { StoredScope } from '../../shared/routing/scope';
import { recordsStampMiddleware } from './recordsStamp';

export const DB_NAME = 'tbt-review-desk';

/** PDF bytes, keyed by sha256, in their own table so that listing documents never loads them. */
export interface FileBlob {
  sha256: string;
  bytes: Blob;
}

export interface Setting {
  key: string;
  value: unknown;
}

export type ReviewDb = Dexie & {
  notifications: EntityTable<Notification, 'id'>;
  documents: EntityTable<NotifiedDocument, 'id'>;
  standards: EntityTable<StandardText, 'id'>;
  files: EntityTable<FileBlob, 'sha256'>;
  comments: EntityTable<Comment, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  outbox: EntityTable<OutboxEntry, 'id'>;
  syncState: EntityTable<SyncStateRow, 'key'>;
  commentBases: EntityTable<CommentBase, 'commentId'>;
  conflicts: EntityTable<SyncConflict, 'commentId'>;
  remoteComments: EntityTable<RemoteComment, 'id'>;
  assignments: Dexie.Table<Assignment, [string, string]>;
  pendingFiles: EntityTable<PendingFile, 'sha256'>;
  positions: Dexie.Table<PositionRow, [string, string]>;
  sendingRecords: EntityTable<SendingRecordRow, 'notificationId'>;
  committeeScopes: EntityTable<StoredScope, 'committeeId'>;
};

/** Version 1 (0.0.x previews): one free-text `concern` per comment, no standards or settings. */
export const SCHEMA_V1 = {
  notifications: '&id, member, baseSymbol, finalDateForComments, distributionDate',
  documents: '&id, notificationId, sha256',
  files: '&sha256',
  comments: '&id, notificationId, [notificationId+status], updatedAt',
};

/** Version 2: standard texts, settings, and a list of TBT concerns per comment. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  standards: '&id, identifier, sha256',
  settings: '&key',
};

/** Version 3: sync with the central server (renderer/sync): the outbox and what was pulled. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  outbox: '&id, commentId',
  syncState: '&key',
  commentBases: '&commentId',
  conflicts: '&commentId',
  remoteComments: '&id, notificationId, committeeId',
  assignments: '&[notificationId+committeeId], notificationId',
  pendingFiles: '&sha256',
};

/** Version 4: the secretaries' committee positions and the desk officers' sending records (renderer/compile, renderer/submission). */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  positions: '&[notificationId+committeeId], notificationId',
  sendingRecords: '&notificationId',
};

/**
 * Version 5: notifications indexed by updatedAt, so that the list can tell whether its stored
 * projection and search index are current from the count and the newest updatedAt alone.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  notifications: `${SCHEMA_V1.notifications}, updatedAt`,
};

/** Version 6: committee routing scopes, as pulled (`scope` changes; renderer/routing). */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  committeeScopes: '&committeeId, committeeCode',
};

export function upgradeCommentsToV2(tx: Transaction): Promise<number> {
  return tx
    .table('comments')
    .toCollection()
    .modify((comment: Record<string, unknown>) => {
      const concern = comment.concern;
      comment.concerns = typeof concern === 'string' && concern ? [concern] : [];
      delete comment.concern;
    });
}

export function openReviewDb(name = DB_NAME): ReviewDb {
  const db = new Dexie(name) as ReviewDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeCommentsToV2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5);
  db.version(6).stores(SCHEMA_V6);
  db.use(recordsStampMiddleware);
  return db;
}

export const db = openReviewDb();
