// A PostgreSQL 15 cluster of its own for one test file, whose next transaction id is set, so a run can
// cross a power of ten (99,999,999 → 100,000,000) that the shared cluster is millions of ids away from.
// initdb, then pg_resetwal -x, then postgres on a free loopback port; stop() removes every trace.
import pg from 'pg';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';
const TOOLS = ['initdb', 'pg_resetwal', 'postgres'] as const;

/** pg_xact holds two bits per transaction in 8 kB pages, 32 pages a file: one file per 1,048,576 ids. */
const CLOG_IDS_PER_SEGMENT = 32n * 8192n * 4n;
const CLOG_SEGMENT_BYTES = 32 * 8192;

export interface ThrowawayCluster {
  /** Connects as the superuser `postgres` (trust) to the database `postgres`. */
  url: string;
  /** Stops the server and deletes its directory. */
  stop(): Promise<void>;
}

interface Owner {
  uid: number;
  gid: number;
}

/** initdb refuses root: as root the cluster belongs to the `postgres` user; otherwise to whoever runs the tests. */
function clusterOwner(): Owner | null | 'none' {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return 'none';
  }
}

/** Why this machine cannot start a throwaway cluster, or null. */
export function throwawayClusterSkipReason(): string | null {
  const missing = TOOLS.filter((tool) => !existsSync(join(BIN, tool)));
  if (missing.length) return `no PostgreSQL 15 server binaries (${missing.join(', ')} missing in ${BIN})`;
  if (clusterOwner() === 'none') return 'running as root and there is no `postgres` user for initdb to run as';
  return null;
}

/** Starts a cluster whose next transaction id is `nextXid` (epoch 0, so pg_current_xact_id() counts on from it). */
export async function startThrowawayCluster(nextXid: bigint): Promise<ThrowawayCluster> {
  // Past 2^31 the ids would need the wraparound protection a fresh cluster's frozen ids do not give.
  if (nextXid < 3n || nextXid >= 2n ** 31n) throw new Error(`next transaction id ${nextXid} is outside 3 … 2^31`);
  const owner = clusterOwner();
  if (owner === 'none') throw new Error(throwawayClusterSkipReason()!);
  const dir = await mkdtemp(join(tmpdir(), 'pg-xid-'));
  const data = join(dir, 'data');
  let server: ChildProcess | null = null;
  const stop = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGINT'); // fast shutdown
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (owner) await chown(dir, owner.uid, owner.gid);
    await run(owner, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C']);
    await run(owner, 'pg_resetwal', ['-x', String(nextXid), '-D', data]);
    // The commit-status file holding the new next id must exist; the server creates later ones itself.
    const segment = join(data, 'pg_xact', (nextXid / CLOG_IDS_PER_SEGMENT).toString(16).toUpperCase().padStart(4, '0'));
    if (!existsSync(segment)) {
      await writeFile(segment, Buffer.alloc(CLOG_SEGMENT_BYTES), { mode: 0o600 });
      if (owner) await chown(segment, owner.uid, owner.gid);
    }
    const port = await freePort();
    server = spawn(join(BIN, 'postgres'), ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'fsync=off'], {
      ...(owner ?? {}),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // A test worker that dies without stop() leaves no server running.
    const killOnExit = () => server?.kill('SIGKILL');
    process.once('exit', killOnExit);
    server.once('exit', () => process.off('exit', killOnExit));
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await ready(server, url);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs one of the PostgreSQL tools as the cluster's owner; rejects with its output when it fails. */
function run(owner: Owner | null, tool: (typeof TOOLS)[number], args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(BIN, tool), args, { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} ${args.join(' ')} exited with ${code}: ${output}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Waits for the server's own word that it accepts connections (its messages are in English: initdb
 * --locale=C), then connects once to make sure; its exit ends the wait with its log.
 */
async function ready(server: ChildProcess, url: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let log = '';
    server.stderr!.on('data', (chunk) => {
      log = (log + chunk).slice(-8000);
      if (log.includes('database system is ready to accept connections')) resolve();
    });
    server.once('exit', (code, signal) => reject(new Error(`postgres exited (${code ?? signal}) before accepting connections: ${log}`)));
  });
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}
