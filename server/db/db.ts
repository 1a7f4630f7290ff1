// The one database interface the server uses. Two adapters implement it with identical SQL:
// node-postgres (DATABASE_URL) and PGlite (embedded, in DATA_DIR).

export interface Queryable {
  /** PGlite runs one transaction at a time; PostgreSQL runs them concurrently (PROTOCOL.md). */
  readonly kind: 'postgres' | 'pglite';
  /** One statement with $1..$n parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * The text a query of one row and one column returns, as the UTF-8 bytes the database sent (empty
   * for NULL): a large text passed on as it came, never decoded into a JS string.
   */
  queryBytes(sql: string, params?: unknown[]): Promise<Buffer>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
