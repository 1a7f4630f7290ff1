// CPU time by process over a stretch of a benchmark (Linux /proc): on a busy shared machine, CPU per
// request is a steadier figure than latency. The server is a child process; PostgreSQL's share is
// the backends whose application_name is the run's own.
import { readFileSync } from 'node:fs';
import type pg from 'pg';

const TICK_MS = 10; // CLK_TCK is 100 on Linux

/** utime + stime of `pid` in ms, or 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

interface Snapshot {
  clientMs: number;
  serverMs: number;
  backends: Map<number, number>;
}

export interface CpuPerRequest {
  clientMs: number;
  serverMs: number;
  postgresMs: number;
}

async function backendPids(sql: pg.Client | null, applicationName: string): Promise<number[]> {
  if (!sql) return [];
  const { rows } = await sql.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
  return rows.map((row) => row.pid);
}

async function snapshot(serverPid: number, sql: pg.Client | null, applicationName: string): Promise<Snapshot> {
  const usage = process.cpuUsage();
  const pids = await backendPids(sql, applicationName);
  return { clientMs: (usage.user + usage.system) / 1000, serverMs: cpuMsOf(serverPid), backends: new Map(pids.map((pid) => [pid, cpuMsOf(pid)])) };
}

/** Runs `fn` (which makes `requests` requests) and returns the CPU ms per request of each process. */
export async function measureCpu(serverPid: number, sql: pg.Client | null, applicationName: string, requests: () => number, fn: () => Promise<void>): Promise<CpuPerRequest> {
  const before = await snapshot(serverPid, sql, applicationName);
  await fn();
  const after = await snapshot(serverPid, sql, applicationName);
  let postgresMs = 0;
  for (const [pid, ms] of after.backends) postgresMs += ms - (before.backends.get(pid) ?? 0);
  const n = requests();
  return { clientMs: (after.clientMs - before.clientMs) / n, serverMs: (after.serverMs - before.serverMs) / n, postgresMs: postgresMs / n };
}
