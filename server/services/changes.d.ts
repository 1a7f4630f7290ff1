import type { Queryable } from '../db/db';
import type { Actor } from '../auth/sessions';
import type { Change, ChangeKind } from '../../shared/sync/protocol';
export interface NewChange {
    kind: ChangeKind;
    entityId: string;
    /** Null: everyone may see it (standards). */
    committeeId: string | null;
    /** The author, for comments. */
    ownerId?: string | null;
    data: unknown;
}
export declare function appendChange(tx: Queryable, change: NewChange): Promise<void>;
interface Cursor {
    xid: string;
    seq: number;
}
export declare function encodeCursor(cursor: Cursor): string;
/** null when the text is not a cursor this server made. */
export declare function decodeCursor(text: string | undefined): Cursor | null;
export declare function seesEverything(actor: Actor): boolean;
/**
 * One page of changes after `cursor`: rows of finished transactions only (xid below the oldest
 * running one), in (xid, seq) order. The cursor moves past rows the actor may not see, so each
 * page costs at most `limit` rows of the index.
 */
export declare function pullChanges(db: Queryable, actor: Actor, cursor: Cursor, limit: number): Promise<{
    changes: Change[];
    cursor: string;
    hasMore: boolean;
}>;
export {};
