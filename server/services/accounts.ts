// An admin's tools for accounts that exist: a new one-time activation code (a forgotten password,
// or one others may know), turning an account off and on (its holder leaves, or comes back), and
// another role or name. Each ends the account's sessions, so the change holds from its next request.
import { HttpError } from '../errors';
import { audit } from './audit';
import { ACTIVATION_DAYS, newActivationCode } from './directoryImport';
import { accountSeesMore } from './people';
import type { Queryable } from '../db/db';
import type { Role } from '../../shared/sync/protocol';

async function userIdOf(tx: Queryable, username: string): Promise<string> {
  const [user] = await tx.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  if (!user) throw new HttpError(404, 'no_such_user', `No account is named ${username}`);
  return user.id;
}

async function endSessions(tx: Queryable, userId: string): Promise<void> {
  await tx.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
}

/** The account's password stops working; its holder chooses a new one with the code, as after a bulk import. */
export async function reissueActivation(tx: Queryable, by: string | null, username: string): Promise<{ username: string; code: string; expiresAt: string }> {
  const id = await userIdOf(tx, username);
  const { code, hash } = newActivationCode();
  const expiresAt = new Date(Date.now() + ACTIVATION_DAYS * 86_400_000).toISOString();
  await tx.query('UPDATE users SET password_hash = NULL, activation_code_hash = $2, activation_expires_at = $3 WHERE id = $1', [id, hash, expiresAt]);
  await endSessions(tx, id);
  await audit(tx, by, 'user.reissue_activation', id, { username });
  return { username, code, expiresAt };
}

/** Off: no sign-in, activation or session works; its comments, positions and memberships stay. */
export async function setAccountDisabled(tx: Queryable, by: string | null, username: string, disabled: boolean): Promise<void> {
  const id = await userIdOf(tx, username);
  await tx.query(`UPDATE users SET disabled_at = ${disabled ? 'coalesce(disabled_at, now())' : 'NULL'} WHERE id = $1`, [id]);
  if (disabled) await endSessions(tx, id);
  await audit(tx, by, disabled ? 'user.disable' : 'user.enable', id, { username });
}

export async function updateAccount(tx: Queryable, by: string | null, username: string, change: { role?: Role; displayName?: string }): Promise<void> {
  const id = await userIdOf(tx, username);
  await tx.query('UPDATE users SET role = coalesce($2, role), display_name = coalesce($3, display_name) WHERE id = $1', [id, change.role ?? null, change.displayName ?? null]);
  if (change.role) {
    await endSessions(tx, id);
    await accountSeesMore(tx, [id]);
  }
  await audit(tx, by, 'user.update', id, { username, ...change });
}
