// A committee's experts as its secretary manages them: add an existing expert account, create a
// new one (with a one-time activation code, as the bulk import does), remove one.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db';
import { HttpError } from '../errors';
import { audit } from './audit';
import { accountSeesMore } from './people';
import { ACTIVATION_DAYS, newActivationCode } from './directoryImport';
import type { NewExpertResponse } from '../../shared/sync/admin';

async function committeeExists(tx: Queryable, committeeId: string): Promise<void> {
  const [row] = await tx.query('SELECT 1 FROM committees WHERE id = $1', [committeeId]);
  if (!row) throw new HttpError(404, 'not_found', 'No such committee');
}

export async function addExpert(tx: Queryable, by: string, committeeId: string, username: string): Promise<{ id: string }> {
  await committeeExists(tx, committeeId);
  const [user] = await tx.query<{ id: string; role: string }>('SELECT id, role FROM users WHERE username = $1', [username]);
  // Secretaries add experts only; other roles are the admin's business.
  if (!user) throw new HttpError(404, 'no_such_user', `No user ${username}`);
  if (user.role !== 'reviewer') throw new HttpError(409, 'not_an_expert', `${username} is not an expert account`);
  const added = await tx.query('INSERT INTO committee_members (committee_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id', [committeeId, user.id]);
  if (added.length) await accountSeesMore(tx, [user.id]);
  await audit(tx, by, 'committee.add_member', committeeId, { userId: user.id });
  return { id: user.id };
}

export async function createExpert(tx: Queryable, by: string, committeeId: string, username: string, displayName: string): Promise<NewExpertResponse> {
  await committeeExists(tx, committeeId);
  const [taken] = await tx.query('SELECT 1 FROM users WHERE username = $1', [username]);
  if (taken) throw new HttpError(409, 'username_taken', `User ${username} exists`);
  const id = randomUUID();
  const code = newActivationCode();
  await tx.query(
    `INSERT INTO users (id, username, display_name, role, password_hash, activation_code_hash, activation_expires_at)
     VALUES ($1, $2, $3, 'reviewer', NULL, $4, now() + make_interval(days => $5))`,
    [id, username, displayName, code.hash, ACTIVATION_DAYS],
  );
  await tx.query('INSERT INTO committee_members (committee_id, user_id) VALUES ($1, $2)', [committeeId, id]);
  await audit(tx, by, 'user.create', id, { username, role: 'reviewer', committeeId });
  return { id, username, activationCode: code.code };
}

export async function removeExpert(tx: Queryable, by: string, committeeId: string, userId: string): Promise<void> {
  const [member] = await tx.query<{ role: string }>('SELECT u.role FROM committee_members m JOIN users u ON u.id = m.user_id WHERE m.committee_id = $1 AND m.user_id = $2', [committeeId, userId]);
  if (!member) throw new HttpError(404, 'not_found', 'Not a member of this committee');
  if (member.role !== 'reviewer') throw new HttpError(409, 'not_an_expert', 'Only experts are removed here');
  await tx.query('DELETE FROM committee_members WHERE committee_id = $1 AND user_id = $2', [committeeId, userId]);
  await audit(tx, by, 'committee.remove_member', committeeId, { userId });
}
