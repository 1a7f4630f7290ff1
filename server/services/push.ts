// Applies a client's push: ordered mutations, idempotent per client, in one transaction together
// with the client's last applied id. See PROTOCOL.md, "Push".
import type { Db, Queryable } from '../db/db';
import type { Actor } from '../auth/sessions';
import { HttpError } from '../errors';
import { audit } from './audit';
import { appendChange } from './changes';
import { applyPositionPut } from './positions';
import type { Comment } from '../../shared/domain/comment';
import type { CommentPutMutation, CommentWithdrawMutation, Mutation, MutationResult, PushRequest, PushResponse, ServerComment } from '../../shared/sync/protocol';

interface CommentRow {
  id: string;
  notification_id: string;
  committee_id: string;
  author_id: string;
  author_name: string;
  version: number;
  withdrawn: boolean;
  body: Comment;
  updated_at: unknown;
}

function serverComment(row: CommentRow): ServerComment {
  return {
    comment: row.body,
    authorId: row.author_id,
    authorName: row.author_name,
    committeeId: row.committee_id,
    version: row.version,
    withdrawn: row.withdrawn,
    updatedAt: new Date(row.updated_at as string).toISOString(),
  };
}

async function lockComment(tx: Queryable, commentId: string): Promise<CommentRow | null> {
  const rows = await tx.query<CommentRow>(
    `SELECT c.id, c.notification_id, c.committee_id, c.author_id, u.display_name AS author_name, c.version, c.withdrawn, c.body, c.updated_at
       FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = $1 FOR UPDATE OF c`,
    [commentId],
  );
  return rows[0] ?? null;
}

/** Whether the assignment allows writing: 'ok', or why not. Secretaries and reviewers of the committee write. */
async function writeCheck(tx: Queryable, actor: Actor, notificationId: string, committeeId: string): Promise<'ok' | 'forbidden' | 'not_assigned' | 'locked'> {
  if (!(actor.role === 'reviewer' || actor.role === 'secretary') || !actor.committeeIds.includes(committeeId)) return 'forbidden';
  // FOR SHARE: a lock taken by the secretary waits for this push, and this push sees a committed lock.
  const [assignment] = await tx.query<{ locked: boolean }>('SELECT locked FROM assignments WHERE notification_id = $1 AND committee_id = $2 AND active FOR SHARE', [notificationId, committeeId]);
  if (!assignment) return 'not_assigned';
  return assignment.locked ? 'locked' : 'ok';
}

async function saveVersion(tx: Queryable, actor: Actor, row: Omit<CommentRow, 'author_name' | 'updated_at'>, isNew: boolean): Promise<void> {
  const body = JSON.stringify(row.body);
  const [saved] = await tx.query<{ updated_at: unknown }>(
    isNew
      ? `INSERT INTO comments (id, notification_id, committee_id, author_id, version, withdrawn, body) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING updated_at`
      : `UPDATE comments SET version = $5, withdrawn = $6, body = $7, updated_at = now() WHERE id = $1 AND notification_id = $2 AND committee_id = $3 AND author_id = $4 RETURNING updated_at`,
    [row.id, row.notification_id, row.committee_id, row.author_id, row.version, row.withdrawn, body],
  );
  await tx.query('INSERT INTO comment_versions (comment_id, version, author_id, withdrawn, body) VALUES ($1, $2, $3, $4, $5)', [row.id, row.version, actor.id, row.withdrawn, body]);
  const data = serverComment({ ...row, author_name: actor.displayName, updated_at: saved!.updated_at });
  await appendChange(tx, { kind: 'comment', entityId: row.id, committeeId: row.committee_id, ownerId: row.author_id, data });
}

async function applyPut(tx: Queryable, actor: Actor, m: CommentPutMutation): Promise<MutationResult> {
  const check = await writeCheck(tx, actor, m.comment.notificationId, m.committeeId);
  if (check !== 'ok') return { id: m.id, status: 'rejected', reason: check };
  const existing = await lockComment(tx, m.comment.id);
  if (existing && (existing.author_id !== actor.id || existing.committee_id !== m.committeeId || existing.notification_id !== m.comment.notificationId)) {
    return { id: m.id, status: 'rejected', reason: 'forbidden' };
  }
  if (!existing && m.baseVersion !== null) return { id: m.id, status: 'rejected', reason: 'not_found' };
  if (existing && existing.version !== m.baseVersion) return { id: m.id, status: 'conflict', server: serverComment(existing) };
  const version = (existing?.version ?? 0) + 1;
  await saveVersion(tx, actor, { id: m.comment.id, notification_id: m.comment.notificationId, committee_id: m.committeeId, author_id: actor.id, version, withdrawn: false, body: m.comment }, !existing);
  await audit(tx, actor.id, existing ? 'comment.revise' : 'comment.create', m.comment.id, { version });
  return { id: m.id, status: 'applied', version };
}

async function applyWithdraw(tx: Queryable, actor: Actor, m: CommentWithdrawMutation): Promise<MutationResult> {
  const existing = await lockComment(tx, m.commentId);
  if (!existing) return { id: m.id, status: 'rejected', reason: 'not_found' };
  if (existing.author_id !== actor.id) return { id: m.id, status: 'rejected', reason: 'forbidden' };
  const check = await writeCheck(tx, actor, existing.notification_id, existing.committee_id);
  if (check !== 'ok') return { id: m.id, status: 'rejected', reason: check };
  if (existing.version !== m.baseVersion) return { id: m.id, status: 'conflict', server: serverComment(existing) };
  const version = existing.version + 1;
  await saveVersion(tx, actor, { ...existing, version, withdrawn: true }, false);
  await audit(tx, actor.id, 'comment.withdraw', m.commentId, { version });
  return { id: m.id, status: 'applied', version };
}

function applyMutation(tx: Queryable, actor: Actor, m: Mutation): Promise<MutationResult> {
  switch (m.op) {
    case 'comment.put':
      return applyPut(tx, actor, m);
    case 'comment.withdraw':
      return applyWithdraw(tx, actor, m);
    case 'position.put':
      return applyPositionPut(tx, actor, m);
  }
}

/** The client's row, locked for this transaction; created on first use, bound to the first user. */
async function lockClient(tx: Queryable, actor: Actor, clientId: string): Promise<number> {
  await tx.query('INSERT INTO sync_clients (client_id, user_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING', [clientId, actor.id]);
  const [client] = await tx.query<{ user_id: string; last_applied: number }>('SELECT user_id, last_applied FROM sync_clients WHERE client_id = $1 FOR UPDATE', [clientId]);
  if (!client || client.user_id !== actor.id) throw new HttpError(403, 'client_taken', 'This client id belongs to another user');
  return client.last_applied;
}

export async function applyPush(db: Db, actor: Actor, push: PushRequest): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    const lastApplied = await lockClient(tx, actor, push.clientId);
    const first = push.mutations[0]!.id;
    if (first > lastApplied + 1) throw new HttpError(409, 'mutation_gap', 'Resend the outbox from ackedThrough + 1', { ackedThrough: lastApplied });

    const replayed = await tx.query<{ result: MutationResult }>(
      'SELECT result FROM sync_results WHERE client_id = $1 AND mutation_id >= $2 AND mutation_id <= $3 ORDER BY mutation_id',
      [push.clientId, first, lastApplied],
    );
    const results = replayed.map((row) => row.result);
    const fresh = push.mutations.filter((m) => m.id > lastApplied);
    for (const mutation of fresh) {
      const result = await applyMutation(tx, actor, mutation);
      await tx.query('INSERT INTO sync_results (client_id, mutation_id, result) VALUES ($1, $2, $3)', [push.clientId, mutation.id, JSON.stringify(result)]);
      results.push(result);
    }
    const ackedThrough = Math.max(lastApplied, push.mutations.at(-1)!.id);
    if (fresh.length) await tx.query('UPDATE sync_clients SET last_applied = $2 WHERE client_id = $1', [push.clientId, ackedThrough]);
    return { ackedThrough, results };
  });
}
