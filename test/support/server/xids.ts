// Pushes the database's transaction ids forward, so a test can cross a power of ten (999 → 1000)
// where a text comparison of ids goes wrong. Each id costs one committed transaction.
import type { Queryable } from '../../../server/db/db';

export async function currentXid(db: Queryable): Promise<bigint> {
  const [row] = await db.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
  return BigInt(row!.xid);
}

/** Burns `count` transaction ids (a DO block that commits once per id; not inside a transaction). */
export async function burnXids(db: Queryable, count: number): Promise<void> {
  if (count <= 0) return;
  // No wait for the disk at each of these empty commits (this session only): ~40,000 ids a second.
  await db.exec('SET synchronous_commit = off');
  await db.exec(`DO $$ BEGIN FOR i IN 1..${Math.floor(count)} LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$`);
}

/** The next power of ten above the current transaction id. */
export async function nextPowerOfTen(db: Queryable): Promise<bigint> {
  let power = 10n;
  const now = await currentXid(db);
  while (power <= now) power *= 10n;
  return power;
}

/** Burns ids until the next transaction id is `margin` below the next power of ten. */
export async function burnXidsTo(db: Queryable, target: bigint): Promise<void> {
  const now = await currentXid(db);
  await burnXids(db, Number(target - now));
}

/** How many ids a test may burn to reach the next power of ten (about ten seconds). */
export const XID_BURN_BUDGET = 400_000n;

/** Why the next power of ten is out of a test's reach on this cluster, or null. */
export async function powerOfTenOutOfReach(db: Queryable): Promise<string | null> {
  const [now, power] = [await currentXid(db), await nextPowerOfTen(db)];
  return power - now > XID_BURN_BUDGET ? `the cluster's transaction id ${now} is ${power - now} below ${power}, more than ${XID_BURN_BUDGET} to burn` : null;
}
