// Notifications, their documents, standard texts, assignments to committees, and compilation locks.
// Every write appends the changes that pulls deliver to the entitled clients.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db';
import { HttpError } from '../errors';
import { audit } from './audit';
import { appendChange } from './changes';
import { pdfInfo } from './pdfInfo';
import type { Notification } from '../../shared/domain/notification';
import type { NotifiedDocument, StandardText } from '../../shared/domain/document';

interface AssignmentRow {
  committee_id: string;
  expert_ids: string[];
  locked: boolean;
}

function iso(value: unknown): string {
  return new Date(value as string | Date).toISOString();
}

async function activeAssignments(tx: Queryable, notificationId: string): Promise<AssignmentRow[]> {
  return tx.query<AssignmentRow>('SELECT committee_id, expert_ids, locked FROM assignments WHERE notification_id = $1 AND active ORDER BY committee_id', [notificationId]);
}

async function notificationData(tx: Queryable, notificationId: string): Promise<Notification> {
  const [row] = await tx.query<{ data: Notification }>('SELECT data FROM notifications WHERE id = $1', [notificationId]);
  if (!row) throw new HttpError(404, 'not_found', `No notification ${notificationId}`);
  return row.data;
}

/** Inserts or updates notifications (e.g. from an ePing import); assigned ones reach their committees again. */
export async function upsertNotifications(tx: Queryable, by: string | null, notifications: Notification[]): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const notification of notifications) {
    const [row] = await tx.query<{ inserted: boolean }>(
      `INSERT INTO notifications (id, data) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, updated_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [notification.id, JSON.stringify(notification)],
    );
    if (row?.inserted) created++;
    else updated++;
    for (const assignment of await activeAssignments(tx, notification.id)) {
      await appendChange(tx, {
        kind: 'notification',
        entityId: notification.id,
        committeeId: assignment.committee_id,
        data: { notification, committeeId: assignment.committee_id, expertIds: assignment.expert_ids, locked: assignment.locked },
      });
    }
  }
  await audit(tx, by, 'notification.import', null, { created, updated, ids: notifications.slice(0, 50).map((n) => n.id) });
  return { created, updated };
}

interface DocumentRow {
  id: string;
  notification_id: string;
  file_name: string;
  sha256: string;
  page_count: number;
  byte_length: number;
  language: string;
  added_at: unknown;
}

function documentMeta(row: DocumentRow): NotifiedDocument {
  return {
    id: row.id,
    notificationId: row.notification_id,
    fileName: row.file_name,
    sha256: row.sha256,
    pageCount: row.page_count,
    byteLength: row.byte_length,
    language: row.language,
    addedAt: iso(row.added_at),
  };
}

const DOCUMENT_COLUMNS = 'id, notification_id, file_name, sha256, page_count, byte_length, language, added_at';

/** Stores a notified document (the same bytes twice for one notification are stored once). */
export async function addDocument(tx: Queryable, by: string | null, notificationId: string, fileName: string, language: string, bytes: Uint8Array): Promise<NotifiedDocument> {
  await notificationData(tx, notificationId);
  const info = await pdfInfo(bytes);
  const [existing] = await tx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE notification_id = $1 AND sha256 = $2`, [notificationId, info.sha256]);
  if (existing) return documentMeta(existing);
  const [row] = await tx.query<DocumentRow>(
    `INSERT INTO documents (id, notification_id, file_name, sha256, page_count, byte_length, language, content)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${DOCUMENT_COLUMNS}`,
    [randomUUID(), notificationId, fileName, info.sha256, info.pageCount, bytes.byteLength, language, bytes],
  );
  const meta = documentMeta(row!);
  for (const assignment of await activeAssignments(tx, notificationId)) {
    await appendChange(tx, { kind: 'document', entityId: meta.id, committeeId: assignment.committee_id, data: meta });
  }
  await audit(tx, by, 'document.upload', meta.id, { notificationId, fileName, sha256: meta.sha256 });
  return meta;
}

interface StandardRow {
  id: string;
  identifier: string;
  title: string;
  file_name: string;
  sha256: string;
  page_count: number;
  byte_length: number;
  added_at: unknown;
}

const STANDARD_COLUMNS = 'id, identifier, title, file_name, sha256, page_count, byte_length, added_at';

function standardMeta(row: StandardRow): StandardText {
  return {
    id: row.id,
    identifier: row.identifier,
    title: row.title,
    fileName: row.file_name,
    sha256: row.sha256,
    pageCount: row.page_count,
    byteLength: row.byte_length,
    addedAt: iso(row.added_at),
  };
}

/** Stores a standard text; uploading the same identifier again replaces its file. Everyone receives standards. */
export async function addStandard(tx: Queryable, by: string | null, identifier: string, title: string, fileName: string, bytes: Uint8Array): Promise<StandardText> {
  const info = await pdfInfo(bytes);
  const [row] = await tx.query<StandardRow>(
    `INSERT INTO standards (id, identifier, title, file_name, sha256, page_count, byte_length, content)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (identifier) DO UPDATE SET title = EXCLUDED.title, file_name = EXCLUDED.file_name, sha256 = EXCLUDED.sha256,
       page_count = EXCLUDED.page_count, byte_length = EXCLUDED.byte_length, content = EXCLUDED.content, added_at = now()
     RETURNING ${STANDARD_COLUMNS}`,
    [randomUUID(), identifier, title, fileName, info.sha256, info.pageCount, bytes.byteLength, bytes],
  );
  const meta = standardMeta(row!);
  await appendChange(tx, { kind: 'standard', entityId: meta.id, committeeId: null, data: meta });
  await audit(tx, by, 'standard.upload', meta.id, { identifier, sha256: meta.sha256 });
  return meta;
}

/** Assigns a notification to a committee (and optionally named experts); sends it and its documents to the committee. */
export async function assign(tx: Queryable, by: string | null, notificationId: string, committeeId: string, expertIds: string[]): Promise<void> {
  const notification = await notificationData(tx, notificationId);
  const [committee] = await tx.query('SELECT 1 FROM committees WHERE id = $1', [committeeId]);
  if (!committee) throw new HttpError(404, 'not_found', `No committee ${committeeId}`);
  if (expertIds.length) {
    const members = await tx.query<{ user_id: string }>('SELECT user_id FROM committee_members WHERE committee_id = $1 AND user_id = ANY($2::text[])', [committeeId, expertIds]);
    if (members.length !== new Set(expertIds).size) throw new HttpError(400, 'not_a_member', 'Every expert must be a member of the committee');
  }
  const [row] = await tx.query<{ locked: boolean }>(
    `INSERT INTO assignments (notification_id, committee_id, expert_ids) VALUES ($1, $2, $3)
     ON CONFLICT (notification_id, committee_id) DO UPDATE SET expert_ids = EXCLUDED.expert_ids, active = true
     RETURNING locked`,
    [notificationId, committeeId, JSON.stringify(expertIds)],
  );
  await appendChange(tx, { kind: 'notification', entityId: notificationId, committeeId, data: { notification, committeeId, expertIds, locked: row!.locked } });
  const documents = await tx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE notification_id = $1 ORDER BY added_at, id`, [notificationId]);
  for (const document of documents) {
    await appendChange(tx, { kind: 'document', entityId: document.id, committeeId, data: documentMeta(document) });
  }
  await audit(tx, by, 'assignment.create', notificationId, { committeeId, expertIds });
}

export async function unassign(tx: Queryable, by: string | null, notificationId: string, committeeId: string): Promise<void> {
  const rows = await tx.query('UPDATE assignments SET active = false WHERE notification_id = $1 AND committee_id = $2 AND active RETURNING 1', [notificationId, committeeId]);
  if (!rows.length) throw new HttpError(404, 'not_found', 'No such assignment');
  await appendChange(tx, { kind: 'unassigned', entityId: notificationId, committeeId, data: { notificationId, committeeId } });
  await audit(tx, by, 'assignment.remove', notificationId, { committeeId });
}

/** The secretary locks (or reopens) the compilation of a notification in their committee. */
export async function setLock(tx: Queryable, by: string | null, notificationId: string, committeeId: string, locked: boolean): Promise<void> {
  const rows = await tx.query('UPDATE assignments SET locked = $3 WHERE notification_id = $1 AND committee_id = $2 AND active RETURNING 1', [notificationId, committeeId, locked]);
  if (!rows.length) throw new HttpError(404, 'not_found', 'No such assignment');
  await appendChange(tx, { kind: 'lock', entityId: notificationId, committeeId, data: { notificationId, committeeId, locked } });
  await audit(tx, by, locked ? 'compilation.lock' : 'compilation.unlock', notificationId, { committeeId });
}

/** May this user read the notification (and its documents)? */
export async function canReadNotification(db: Queryable, actor: { role: string; committeeIds: string[] }, notificationId: string): Promise<boolean> {
  if (actor.role === 'admin' || actor.role === 'desk_officer') return true;
  const rows = await db.query('SELECT 1 FROM assignments WHERE notification_id = $1 AND active AND committee_id = ANY($2::text[])', [notificationId, actor.committeeIds]);
  return rows.length > 0;
}
