import type { Queryable } from '../db/db';
export declare function recentFailures(db: Queryable, username: string, windowMinutes: number): Promise<number>;
export declare function recordFailure(db: Queryable, username: string): Promise<void>;
export declare function clearFailures(db: Queryable, username: string): Promise<void>;
