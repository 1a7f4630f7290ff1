import type { Queryable } from '../db/db';

/** Records who changed what; `userId` null for the admin CLI run on the server itself. */
export async function audit(tx: Queryable, userId: string | null, action: string, entityId: string | null, detail: Record<string, unknown> = {}): Promise<void> {
  await tx.query('INSERT INTO audit_log (user_id, action, entity_id, detail) VALUES ($1, $2, $3, $4)', [userId, action, entityId, JSON.stringify(detail)]);
}
