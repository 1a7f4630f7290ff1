// Login back-off, counted in the database so that it holds across server processes.
//
// Every attempt is counted as a failure *before* the password is checked, in one upsert that the
// row lock serialises, so concurrent guesses cannot slip past the limit; a success refunds it.
// Two counters: the username from this address, and the address alone. The username is never
// counted on its own: an outsider guessing from elsewhere cannot lock the real user out of the
// addresses she logs in from. After `free` failures each further one doubles the wait.
import type { Queryable } from '../db/db';
import type { ServerConfig } from '../config';

/** Failures per address (many experts may share one institute's NAT) per failure of one username. */
const ADDRESS_FACTOR = 10;
/** A counter untouched this long starts again from zero. */
const FORGET_AFTER = '1 day';

type LimitConfig = Pick<ServerConfig, 'loginFreeFailures' | 'loginBackoffSeconds' | 'loginMaxBackoffSeconds'>;

function keys(username: string, address: string) {
  return { user: `user:${username.toLowerCase()}@${address}`, address: `addr:${address}` };
}

async function take(db: Queryable, key: string, free: number, config: LimitConfig): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const [row] = await db.query<{ last_allowed: boolean; wait: number | null }>(
    `INSERT INTO login_throttle AS t (key, failures, blocked_until, last_allowed)
     VALUES ($1, 1, CASE WHEN $2::int <= 1 THEN now() + make_interval(secs => $3::float8) END, true)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.blocked_until > now() THEN t.failures
                       WHEN t.last_at < now() - interval '${FORGET_AFTER}' THEN 1
                       ELSE t.failures + 1 END,
       blocked_until = CASE WHEN t.blocked_until > now() THEN t.blocked_until
                            WHEN t.last_at < now() - interval '${FORGET_AFTER}' THEN NULL
                            WHEN t.failures + 1 >= $2::int THEN now() + make_interval(secs => least($4::float8, $3::float8 * power(2, t.failures + 1 - $2)))
                            ELSE NULL END,
       last_allowed = NOT coalesce(t.blocked_until > now(), false),
       last_at = CASE WHEN t.blocked_until > now() THEN t.last_at ELSE now() END
     RETURNING last_allowed, ceil(extract(epoch FROM blocked_until - now()))::int AS wait`,
    [key, free, config.loginBackoffSeconds, config.loginMaxBackoffSeconds],
  );
  return { allowed: row!.last_allowed, retryAfterSeconds: Math.max(1, row!.wait ?? 1) };
}

/** Counts a login attempt; refused while either counter is in its back-off. */
export async function takeLoginAttempt(db: Queryable, config: LimitConfig, username: string, address: string): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const k = keys(username, address);
  const byAddress = await take(db, k.address, config.loginFreeFailures * ADDRESS_FACTOR, config);
  if (!byAddress.allowed) return byAddress;
  return take(db, k.user, config.loginFreeFailures, config);
}

/** The right password: the username starts afresh from this address, and the address gets its attempt back. */
export async function loginSucceeded(db: Queryable, username: string, address: string): Promise<void> {
  const k = keys(username, address);
  await db.query('DELETE FROM login_throttle WHERE key = $1', [k.user]);
  await db.query('UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1', [k.address]);
}
