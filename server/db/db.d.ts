export interface Queryable {
    /** One statement with $1..$n parameters. */
    query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
    /** Several statements, no parameters (migrations). */
    exec(sql: string): Promise<void>;
}
export interface Db extends Queryable {
    readonly kind: 'postgres' | 'pglite';
    /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
