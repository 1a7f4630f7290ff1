// Applies a client's push: ordered mutations, idempotent per client, in one transaction together
// with the client's last applied id. See PROTOCOL.md, "Push".
//
// A push costs a fixed number of statements, not a few per mutation: the comments it touches are
// locked and read at once, each mutation is decided in memory in order, and the writes go out as
// one INSERT per table. A position approval (rare) is applied on its own, after the comment writes
// before it.
import type { Db, Queryable } from '../db/db';
import type { Actor } from '../auth/sessions';
import { HttpError } from '../errors';
import { appendChanges, type NewChange } from './changes';
import { applyPositionPut } from './positions';
import type { Comment } from '../../shared/domain/comment';
import {
  mutationSchema,
  type CommentPutMutation,
  type CommentWithdrawMutation,
  type Mutation,
  type MutationResult,
  type PushResponse,
  type pushRequestSchema,
  type RejectReason,
  type ServerComment,
} from '../../shared/sync/protocol';
import type { z } from 'zod';

type PushEnvelope = z.infer<typeof pushRequestSchema>;

interface CommentRow {
  id: string;
  notification_id: string;
  committee_id: string;
  author_id: string;
  author_name: string;
  version: number;
  withdrawn: boolean;
  body: Comment;
  updated_at: string;
}

function serverComment(row: CommentRow): ServerComment {
  return {
    comment: row.body,
    authorId: row.author_id,
    authorName: row.author_name,
    committeeId: row.committee_id,
    version: row.version,
    withdrawn: row.withdrawn,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const pairKey = (notificationId: string, committeeId: string) => `${notificationId}\u0001${committeeId}`;

/** The comments and assignments one push touches, and the writes it has decided, not yet sent. */
class CommentBatch {
  private comments = new Map<string, CommentRow>();
  /** Whether each (notification, committee) assignment is locked; absent: not assigned. */
  private assignments = new Map<string, boolean>();
  private dirty = new Set<string>();
  private versions: Omit<CommentRow, 'author_name' | 'updated_at'>[] = [];
  private changes: NewChange[] = [];
  private audits: { action: string; entity_id: string; detail: Record<string, unknown> }[] = [];
  private appended: NewChange[] = [];

  constructor(
    private tx: Queryable,
    private actor: Actor,
    private now: string,
  ) {}

  /**
   * Locks the comment ids (transaction-scoped advisory locks, in id order, so racing first pushes
   * of one new comment wait for each other instead of colliding), then reads those comments and
   * the assignments they need.
   */
  async load(mutations: Mutation[]): Promise<void> {
    const ids = [...new Set(mutations.flatMap((m) => (m.op === 'comment.put' ? [m.comment.id] : m.op === 'comment.withdraw' ? [m.commentId] : [])))].sort();
    if (!ids.length) return;
    await this.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended(id, 727003)) FROM unnest($1::text[]) AS id ORDER BY id`, [ids]);
    const rows = await this.tx.query<CommentRow>(
      `SELECT c.id, c.notification_id, c.committee_id, c.author_id, u.display_name AS author_name, c.version, c.withdrawn, c.body, c.updated_at
         FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = ANY($1::text[])`,
      [ids],
    );
    for (const row of rows) this.comments.set(row.id, row);
    const pairs = new Map<string, [string, string]>();
    for (const m of mutations) {
      if (m.op === 'comment.put') pairs.set(pairKey(m.comment.notificationId, m.committeeId), [m.comment.notificationId, m.committeeId]);
    }
    for (const row of rows) pairs.set(pairKey(row.notification_id, row.committee_id), [row.notification_id, row.committee_id]);
    const list = [...pairs.values()].sort();
    // FOR SHARE: a lock taken by the secretary waits for this push, and this push sees a committed lock.
    const assignments = await this.tx.query<{ notification_id: string; committee_id: string; locked: boolean }>(
      `SELECT a.notification_id, a.committee_id, a.locked FROM assignments a
         JOIN unnest($1::text[], $2::text[]) AS p(n, c) ON a.notification_id = p.n AND a.committee_id = p.c
        WHERE a.active ORDER BY a.notification_id, a.committee_id FOR SHARE OF a`,
      [list.map(([n]) => n), list.map(([, c]) => c)],
    );
    for (const a of assignments) this.assignments.set(pairKey(a.notification_id, a.committee_id), a.locked);
  }

  /** Secretaries and reviewers of the committee write, while the assignment is active and unlocked. */
  private writeCheck(notificationId: string, committeeId: string): RejectReason | 'ok' {
    if (!(this.actor.role === 'reviewer' || this.actor.role === 'secretary') || !this.actor.committeeIds.includes(committeeId)) return 'forbidden';
    const locked = this.assignments.get(pairKey(notificationId, committeeId));
    if (locked === undefined) return 'not_assigned';
    return locked ? 'locked' : 'ok';
  }

  /** A position approval locked this compilation within the push. */
  lockedByPosition(notificationId: string, committeeId: string): void {
    if (this.assignments.has(pairKey(notificationId, committeeId))) this.assignments.set(pairKey(notificationId, committeeId), true);
  }

  private save(row: Omit<CommentRow, 'author_name' | 'updated_at'>, action: string): void {
    const saved: CommentRow = { ...row, author_name: this.comments.get(row.id)?.author_name ?? this.actor.displayName, updated_at: this.now };
    this.comments.set(row.id, saved);
    this.dirty.add(row.id);
    this.versions.push(row);
    this.changes.push({ kind: 'comment', entityId: row.id, committeeId: row.committee_id, ownerId: row.author_id, data: serverComment(saved) });
    this.audits.push({ action, entity_id: row.id, detail: { version: row.version } });
  }

  put(m: CommentPutMutation): MutationResult {
    const check = this.writeCheck(m.comment.notificationId, m.committeeId);
    if (check !== 'ok') return { id: m.id, status: 'rejected', reason: check };
    const existing = this.comments.get(m.comment.id);
    if (existing && (existing.author_id !== this.actor.id || existing.committee_id !== m.committeeId || existing.notification_id !== m.comment.notificationId)) {
      return { id: m.id, status: 'rejected', reason: 'forbidden' };
    }
    if (!existing && m.baseVersion !== null) return { id: m.id, status: 'rejected', reason: 'not_found' };
    if (existing && existing.version !== m.baseVersion) return { id: m.id, status: 'conflict', server: serverComment(existing) };
    const version = (existing?.version ?? 0) + 1;
    const row = { id: m.comment.id, notification_id: m.comment.notificationId, committee_id: m.committeeId, author_id: this.actor.id, version, withdrawn: false, body: m.comment };
    this.save(row, existing ? 'comment.revise' : 'comment.create');
    return { id: m.id, status: 'applied', version };
  }

  withdraw(m: CommentWithdrawMutation): MutationResult {
    const existing = this.comments.get(m.commentId);
    if (!existing) return { id: m.id, status: 'rejected', reason: 'not_found' };
    if (existing.author_id !== this.actor.id) return { id: m.id, status: 'rejected', reason: 'forbidden' };
    const check = this.writeCheck(existing.notification_id, existing.committee_id);
    if (check !== 'ok') return { id: m.id, status: 'rejected', reason: check };
    if (existing.version !== m.baseVersion) return { id: m.id, status: 'conflict', server: serverComment(existing) };
    const version = existing.version + 1;
    const { author_name: _name, updated_at: _at, ...row } = existing;
    this.save({ ...row, version, withdrawn: true }, 'comment.withdraw');
    return { id: m.id, status: 'applied', version };
  }

  /** Sends the decided writes: one statement per table. */
  async flush(): Promise<void> {
    if (!this.versions.length) return;
    const current = [...this.dirty].map((id) => this.comments.get(id)!);
    await this.tx.query(
      `INSERT INTO comments (id, notification_id, committee_id, author_id, version, withdrawn, body, updated_at)
       SELECT e->>'id', e->>'notification_id', e->>'committee_id', e->>'author_id', (e->>'version')::int, (e->>'withdrawn')::boolean, e->'body', now()
         FROM jsonb_array_elements($1::jsonb) AS e
       ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, withdrawn = EXCLUDED.withdrawn, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(current.map(({ author_name: _n, updated_at: _u, ...row }) => row))],
    );
    await this.tx.query(
      `INSERT INTO comment_versions (comment_id, version, author_id, withdrawn, body)
       SELECT e->>'id', (e->>'version')::int, $2, (e->>'withdrawn')::boolean, e->'body' FROM jsonb_array_elements($1::jsonb) AS e`,
      [JSON.stringify(this.versions), this.actor.id],
    );
    await this.tx.query(
      `INSERT INTO audit_log (user_id, action, entity_id, detail)
       SELECT $2, e->>'action', e->>'entity_id', e->'detail' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(e, n) ORDER BY n`,
      [JSON.stringify(this.audits), this.actor.id],
    );
    this.appended.push(...this.changes);
    this.dirty.clear();
    this.versions = [];
    this.changes = [];
    this.audits = [];
  }

  /** Changes are appended last, just before commit: the change-log lock is held as briefly as possible. */
  async appendChanges(): Promise<void> {
    await appendChanges(this.tx, this.appended);
    this.appended = [];
  }
}

/** The client's row, locked for this transaction; created on first use, bound to the first user. */
async function lockClient(tx: Queryable, actor: Actor, clientId: string): Promise<{ lastApplied: number; now: string }> {
  const [client] = await tx.query<{ user_id: string; last_applied: number; now: string }>(
    `INSERT INTO sync_clients (client_id, user_id) VALUES ($1, $2)
     ON CONFLICT (client_id) DO UPDATE SET client_id = EXCLUDED.client_id
     RETURNING user_id, last_applied, now() AS now`,
    [clientId, actor.id],
  );
  if (!client || client.user_id !== actor.id) throw new HttpError(403, 'client_taken', 'This client id belongs to another user');
  return { lastApplied: client.last_applied, now: new Date(client.now).toISOString() };
}

export async function applyPush(db: Db, actor: Actor, push: PushEnvelope): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    const { lastApplied, now } = await lockClient(tx, actor, push.clientId);
    const first = push.mutations[0]!.id;
    if (first > lastApplied + 1) throw new HttpError(409, 'mutation_gap', 'Resend the outbox from ackedThrough + 1', { ackedThrough: lastApplied });

    const results: MutationResult[] = [];
    if (first <= lastApplied) {
      const replayed = await tx.query<{ result: MutationResult }>(
        'SELECT result FROM sync_results WHERE client_id = $1 AND mutation_id >= $2 AND mutation_id <= $3 ORDER BY mutation_id',
        [push.clientId, first, lastApplied],
      );
      results.push(...replayed.map((row) => row.result));
    }
    // Each mutation is checked on its own: one the schema refuses is rejected, the others go on.
    const fresh = push.mutations.filter((m) => m.id > lastApplied).map((m) => ({ id: m.id, parsed: mutationSchema.safeParse(m) }));
    const valid = fresh.flatMap((m) => (m.parsed.success ? [m.parsed.data] : []));
    const batch = new CommentBatch(tx, actor, now);
    await batch.load(valid);
    const freshResults: MutationResult[] = [];
    for (const { id, parsed } of fresh) {
      if (!parsed.success) {
        freshResults.push({ id, status: 'rejected', reason: 'invalid' });
        continue;
      }
      const m = parsed.data;
      if (m.op === 'comment.put') freshResults.push(batch.put(m));
      else if (m.op === 'comment.withdraw') freshResults.push(batch.withdraw(m));
      else {
        await batch.flush();
        await batch.appendChanges(); // the position's own changes come after the comments before it
        const result = await applyPositionPut(tx, actor, m);
        if (result.status === 'applied') batch.lockedByPosition(m.position.notificationId, m.position.committee.id);
        freshResults.push(result);
      }
    }
    await batch.flush();
    if (freshResults.length) {
      await tx.query(
        `INSERT INTO sync_results (client_id, mutation_id, result) SELECT $1, (e->>'id')::bigint, e FROM jsonb_array_elements($2::jsonb) AS e`,
        [push.clientId, JSON.stringify(freshResults)],
      );
    }
    results.push(...freshResults);
    const ackedThrough = Math.max(lastApplied, push.mutations.at(-1)!.id);
    if (freshResults.length) await tx.query('UPDATE sync_clients SET last_applied = $2 WHERE client_id = $1', [push.clientId, ackedThrough]);
    await batch.appendChanges();
    return { ackedThrough, results };
  });
}
