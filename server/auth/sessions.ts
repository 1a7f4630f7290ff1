// Session tokens: 32 random bytes given to the client once; only their sha256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db';
import type { Role } from '../../shared/sync/protocol';

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  committeeIds: string[];
  /** Raised when the account may see more (people.ts, `accountSeesMore`); pull cursors carry it. */
  viewVersion: number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Queryable, userId: string, ttlHours: number): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + ttlHours * 3600_000);
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [hashToken(token), userId, expires.toISOString()]);
  return { token, expiresAt: expires.toISOString() };
}

/** The user behind a live token, or null when it is unknown, expired or revoked. */
export async function actorForToken(db: Queryable, token: string): Promise<Actor | null> {
  const rows = await db.query<{ id: string; username: string; display_name: string; role: Role; committee_ids: string[] | null; view_version: number }>(
    `SELECT u.id, u.username, u.display_name, u.role, u.view_version,
            (SELECT array_agg(m.committee_id ORDER BY m.committee_id) FROM committee_members m WHERE m.user_id = u.id) AS committee_ids
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role, committeeIds: row.committee_ids ?? [], viewVersion: row.view_version };
}

export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(token)]);
}
