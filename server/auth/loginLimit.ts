// Login rate limiting per username, counted in the database so that it holds across server processes.
import type { Queryable } from '../db/db';

export async function recentFailures(db: Queryable, username: string, windowMinutes: number): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM login_failures WHERE username = $1 AND at > now() - make_interval(mins => $2)`,
    [username, windowMinutes],
  );
  return rows[0]?.n ?? 0;
}

export async function recordFailure(db: Queryable, username: string): Promise<void> {
  await db.query('INSERT INTO login_failures (username) VALUES ($1)', [username]);
}

export async function clearFailures(db: Queryable, username: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE username = $1', [username]);
}
