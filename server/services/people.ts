// Users, committees and membership.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db';
import { hashPassword } from '../auth/passwords';
import { HttpError } from '../errors';
import { audit } from './audit';
import type { CreateCommittee, CreateUser } from '../../shared/sync/admin';
import type { Role, SessionUser } from '../../shared/sync/protocol';

/** `passwordHash`: a hash of `input.password` made earlier, e.g. one hash shared by many accounts of a fixture. */
export async function createUser(tx: Queryable, by: string | null, input: CreateUser, passwordHash?: string): Promise<{ id: string }> {
  const existing = await tx.query('SELECT 1 FROM users WHERE username = $1', [input.username]);
  if (existing.length) throw new HttpError(409, 'username_taken', `User ${input.username} exists`);
  const id = randomUUID();
  await tx.query('INSERT INTO users (id, username, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5)', [
    id,
    input.username,
    input.displayName,
    input.role,
    passwordHash ?? (await hashPassword(input.password)),
  ]);
  await audit(tx, by, 'user.create', id, { username: input.username, role: input.role });
  return { id };
}

export async function createCommittee(tx: Queryable, by: string | null, input: CreateCommittee): Promise<{ id: string }> {
  const existing = await tx.query('SELECT 1 FROM committees WHERE code = $1', [input.code]);
  if (existing.length) throw new HttpError(409, 'committee_exists', `Committee ${input.code} exists`);
  const id = randomUUID();
  await tx.query('INSERT INTO committees (id, code, name) VALUES ($1, $2, $3)', [id, input.code, input.name]);
  await audit(tx, by, 'committee.create', id, input);
  return { id };
}

export async function addMember(tx: Queryable, by: string | null, committeeId: string, userId: string): Promise<void> {
  const found = await tx.query('SELECT (SELECT count(*) FROM committees WHERE id = $1)::int AS c, (SELECT count(*) FROM users WHERE id = $2)::int AS u', [committeeId, userId]);
  const row = found[0] as { c: number; u: number };
  if (!row.c || !row.u) throw new HttpError(404, 'not_found', 'No such committee or user');
  const added = await tx.query('INSERT INTO committee_members (committee_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id', [committeeId, userId]);
  if (added.length) await accountSeesMore(tx, [userId]);
  await audit(tx, by, 'committee.add_member', committeeId, { userId });
}

/** The accounts may now see more than their apps have pulled: their next pull starts over. */
export async function accountSeesMore(tx: Queryable, userIds: readonly string[]): Promise<void> {
  if (userIds.length) await tx.query('UPDATE users SET view_version = view_version + 1 WHERE id = ANY($1::text[])', [userIds]);
}

export async function findUserByUsername(db: Queryable, username: string): Promise<{ id: string; password_hash: string | null; disabled: boolean } | null> {
  const rows = await db.query<{ id: string; password_hash: string | null; disabled: boolean }>('SELECT id, password_hash, disabled_at IS NOT NULL AS disabled FROM users WHERE username = $1', [username]);
  return rows[0] ?? null;
}

export async function sessionUser(db: Queryable, userId: string): Promise<SessionUser> {
  const [user] = await db.query<{ id: string; username: string; display_name: string; role: Role }>('SELECT id, username, display_name, role FROM users WHERE id = $1', [userId]);
  if (!user) throw new HttpError(404, 'not_found');
  const committees = await db.query<{ id: string; code: string; name: string }>(
    'SELECT c.id, c.code, c.name FROM committees c JOIN committee_members m ON m.committee_id = c.id WHERE m.user_id = $1 ORDER BY c.code',
    [userId],
  );
  return { id: user.id, username: user.username, displayName: user.display_name, role: user.role, committees };
}

/** Resolves a user or committee given by id or by its username/code (for the CLI). */
export async function resolveUserId(db: Queryable, idOrName: string): Promise<string> {
  const rows = await db.query<{ id: string }>('SELECT id FROM users WHERE id = $1 OR username = $1', [idOrName]);
  if (!rows[0]) throw new HttpError(404, 'not_found', `No user ${idOrName}`);
  return rows[0].id;
}

export async function resolveCommitteeId(db: Queryable, idOrCode: string): Promise<string> {
  const rows = await db.query<{ id: string }>('SELECT id FROM committees WHERE id = $1 OR code = $1', [idOrCode]);
  if (!rows[0]) throw new HttpError(404, 'not_found', `No committee ${idOrCode}`);
  return rows[0].id;
}
