import type { Queryable } from '../db/db';
import type { CreateCommittee, CreateUser } from '../../shared/sync/admin';
import type { SessionUser } from '../../shared/sync/protocol';
export declare function createUser(tx: Queryable, by: string | null, input: CreateUser): Promise<{
    id: string;
}>;
export declare function createCommittee(tx: Queryable, by: string | null, input: CreateCommittee): Promise<{
    id: string;
}>;
export declare function addMember(tx: Queryable, by: string | null, committeeId: string, userId: string): Promise<void>;
export declare function findUserByUsername(db: Queryable, username: string): Promise<{
    id: string;
    password_hash: string;
} | null>;
export declare function sessionUser(db: Queryable, userId: string): Promise<SessionUser>;
/** Resolves a user or committee given by id or by its username/code (for the CLI). */
export declare function resolveUserId(db: Queryable, idOrName: string): Promise<string>;
export declare function resolveCommitteeId(db: Queryable, idOrCode: string): Promise<string>;
