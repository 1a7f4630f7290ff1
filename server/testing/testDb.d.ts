import type { Db } from '../db/db';
/** The URL of a reachable test PostgreSQL, or null. */
export declare function testPostgresUrl(): Promise<string | null>;
/** A URL whose connections see only a new, empty schema; `drop` removes it. */
export declare function freshPostgresSchema(baseUrl: string): Promise<{
    url: string;
    drop(): Promise<void>;
}>;
export interface TestDb {
    db: Db;
    /** For opening more connections (another server process) on the same database; null for PGlite. */
    url: string | null;
    close(): Promise<void>;
}
export declare function openTestDb(kind: 'pglite' | 'postgres'): Promise<TestDb>;
/** The kinds to run a suite on, and why PostgreSQL is skipped when it is. */
export type TestDbKind = 'pglite' | 'postgres';
/** Why the PostgreSQL variant of a suite is skipped, or null when PostgreSQL answers. */
export declare function postgresSkipReason(): Promise<string | null>;
/** Declares a suite once per database; the PostgreSQL one is skipped, saying why, where it is unreachable. */
export declare function describeOnEachDb(title: string, suite: (kind: TestDbKind) => void): Promise<void>;
