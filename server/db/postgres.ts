import pg from 'pg';
import type { Db, Queryable } from './db';

// bigint (int8) as JS number: our counters stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

// Each statement text is parsed and planned once per connection, then executed by name: the sync
// routes run the same dozen statements thousands of times. Texts past the cap (SQL built per call)
// stay unnamed, so the prepared statements per connection stay bounded.
const MAX_PREPARED = 200;
const statementNames = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_PREPARED) {
    name = `tbt_${statementNames.size}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** A parameter written into a statement's text (COPY takes no parameters): numbers, texts, text arrays. */
function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(',')}]::text[]`;
  throw new Error(`no SQL literal for ${String(value)}`);
}

// COPY's binary format: a header (signature, flags, extension length, extension), then per row a
// field count and each field's length and bytes, then a field count of -1.
const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

function onlyCopiedValue(data: Buffer): Buffer {
  if (!data.subarray(0, COPY_SIGNATURE.length).equals(COPY_SIGNATURE)) throw new Error('not a binary COPY');
  let at = COPY_SIGNATURE.length + 4;
  at += 4 + data.readInt32BE(at);
  if (data.readInt16BE(at) === -1) return Buffer.alloc(0);
  if (data.readInt16BE(at) !== 1) throw new Error('queryBytes reads one column');
  const length = data.readInt32BE(at + 2);
  return length < 0 ? Buffer.alloc(0) : data.subarray(at + 6, at + 6 + length);
}

/**
 * `COPY (…) TO STDOUT` as a node-postgres submittable. node-postgres decodes every field of a query
 * result into a JS string (for a large text with Chinese in it, slower than the query that wrote
 * it); the data of a COPY arrives as the bytes the database sent.
 */
class CopyOut {
  private readonly chunks: Buffer[] = [];
  private settled = false;
  readonly done: Promise<Buffer>;
  private resolve!: (data: Buffer) => void;
  private reject!: (error: Error) => void;

  constructor(private readonly text: string) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }
  handleCopyData(message: { chunk: Buffer }): void {
    this.chunks.push(message.chunk);
  }
  // An error ends the query at once (a broken connection sends nothing more); otherwise ReadyForQuery does.
  handleError(error: Error): void {
    if (!this.settled) this.reject(error);
    this.settled = true;
  }
  handleReadyForQuery(): void {
    if (!this.settled) this.resolve(Buffer.concat(this.chunks));
    this.settled = true;
  }
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(): void {}
}

async function copiedValue(client: pg.PoolClient, sql: string, params: unknown[]): Promise<Buffer> {
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
  const copy = new CopyOut(`COPY (${text}) TO STDOUT (FORMAT binary)`);
  void client.query(copy as unknown as pg.QueryConfig);
  return onlyCopiedValue(await copy.done);
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query({ name: statementName(sql), text: sql, values: params });
      return result.rows as T[];
    },
    async queryBytes(sql: string, params: unknown[] = []) {
      if (!(client instanceof pg.Pool)) return copiedValue(client, sql, params);
      const connection = await client.connect();
      try {
        const value = await copiedValue(connection, sql, params);
        connection.release();
        return value;
      } catch (error) {
        connection.release(error as Error); // the pool drops a connection a failure may have broken
        throw error;
      }
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export function openPostgres(connectionString: string, maxConnections = 10): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const base = wrap(pool);
  return {
    ...base,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
