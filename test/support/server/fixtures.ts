// Shared by the server fault tests and benchmarks: demo-seeded databases and finished comments.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Comment } from '../../../shared/domain/comment';
import type { ServerEnv } from './serverProcess';

// The repository root: npm scripts and vitest run from there (the bench runner bundles this file elsewhere).
const ROOT = process.cwd();
export const DEMO_PASSWORD = 'demo-password';

const CANDIDATES = process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];

export async function reachablePostgres(): Promise<string | null> {
  for (const url of CANDIDATES) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      return url;
    } catch {
      // next
    } finally {
      await client.end().catch(() => {});
    }
  }
  return null;
}

/** A database for one run: PGlite in a new temp folder, or a new schema of the local PostgreSQL. */
export async function freshDatabase(kind: 'pglite' | 'postgres'): Promise<{ env: ServerEnv; baseUrl: string | null; drop(): Promise<void> }> {
  if (kind === 'pglite') return { env: { DATA_DIR: await mkdtemp(join(tmpdir(), 'tbt-server-')) }, baseUrl: null, drop: async () => {} };
  const base = await reachablePostgres();
  if (!base) throw new Error('PostgreSQL unreachable');
  const schema = `srv_run_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await run(`CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { env: { DATABASE_URL: url.toString() }, baseUrl: url.toString(), drop: () => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

/** Runs the admin CLI (e.g. `seed-demo`) on that database. */
export async function adminCli(env: ServerEnv, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 120_000 });
  return stdout;
}

export function finishedComment(notificationId: string, text: string): Comment {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    notificationId,
    anchor: null,
    clause: '5.1',
    paragraph: '',
    line: '',
    type: 'te',
    concerns: ['more_trade_restrictive'],
    commentZh: `意见：${text}`,
    commentEn: `Comment: ${text}`,
    proposedChangeZh: '',
    proposedChangeEn: '',
    referenceStandard: '',
    referenceClause: '',
    status: 'finished',
    createdAt: now,
    updatedAt: now,
  };
}
