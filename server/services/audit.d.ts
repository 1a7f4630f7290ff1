import type { Queryable } from '../db/db';
/** Records who changed what; `userId` null for the admin CLI run on the server itself. */
export declare function audit(tx: Queryable, userId: string | null, action: string, entityId: string | null, detail?: Record<string, unknown>): Promise<void>;
