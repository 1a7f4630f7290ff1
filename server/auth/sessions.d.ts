import type { Queryable } from '../db/db';
import type { Role } from '../../shared/sync/protocol';
export interface Actor {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    committeeIds: string[];
}
export declare function hashToken(token: string): string;
export declare function createSession(db: Queryable, userId: string, ttlHours: number): Promise<{
    token: string;
    expiresAt: string;
}>;
/** The user behind a live token, or null when it is unknown, expired or revoked. */
export declare function actorForToken(db: Queryable, token: string): Promise<Actor | null>;
export declare function revokeSession(db: Queryable, token: string): Promise<void>;
