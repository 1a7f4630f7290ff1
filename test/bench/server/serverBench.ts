// Server benchmarks on the local PostgreSQL (bounded in count and time), against a server process on
// loopback: push and pull throughput compared with bare SQL on the same database, and latency with
// 100 concurrent simulated clients. Returns no figures when PostgreSQL is unreachable (the reason is
// printed).
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { SyncClient } from '../../support/server/syncClient';
import { ServerProcess } from '../../support/server/serverProcess';
import { measureCpu, type CpuPerRequest } from './processCpu';
import { adminCli, DEMO_PASSWORD, finishedComment, freshDatabase, reachablePostgres } from '../../support/server/fixtures';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const PUSH_COUNT = 1000;
const PULL_COUNT = 10_000;
const CLIENTS = 100;
const PGLITE_CLIENTS = 20;
const REQUESTS_PER_CLIENT = 10;

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

async function loggedIn(url: () => string, username: string): Promise<SyncClient> {
  const c = new SyncClient(url, username, DEMO_PASSWORD);
  await c.login();
  await c.pullAll();
  return c;
}

/** `clients` concurrent clients of the demo users, each alternating a one-comment push and a pull; sorted latencies in ms. */
async function crowdLatencies(server: ServerProcess, clients: number, sql: pg.Client | null, applicationName: string): Promise<{ latencies: number[]; wall: number; cpu: CpuPerRequest }> {
  const url = () => server.url;
  const users = ['reviewer', 'reviewer2', 'secretary'];
  // Signing in (a deliberately slow password hash) is set-up, not measured: each user signs in once
  // through /auth/login and its clients share that session (on a busy machine, dozens of concurrent
  // hashes outlast the request timeout). Each client still pulls everything it may see first.
  const sessions = await Promise.all(users.map(async (username) => {
    const c = new SyncClient(url, username, DEMO_PASSWORD);
    await c.login();
    return c;
  }));
  const crowd: SyncClient[] = [];
  for (let i = 0; i < clients; i += 10) {
    crowd.push(...(await Promise.all(Array.from({ length: Math.min(10, clients - i) }, async (_, k) => {
      const session = sessions[(i + k) % users.length]!;
      const c = new SyncClient(url, session.username, DEMO_PASSWORD);
      c.token = session.token;
      c.user = session.user;
      await c.pullAll();
      return c;
    }))));
  }
  const latencies: number[] = [];
  let wall = 0;
  const cpu = await measureCpu(server.pid, sql, applicationName, () => latencies.length, async () => {
    wall = await timed(() =>
    Promise.all(
      crowd.map(async (c, i) => {
        const committee = c.user!.committees[0]!.id;
        const own = [...c.notifications].filter(([, n]) => n.committeeId === committee).map(([id]) => id);
        for (let r = 0; r < REQUESTS_PER_CLIENT; r++) {
          const start = performance.now();
          if (r % 2 === 0) {
            c.put(finishedComment(own[r % own.length]!, `crowd ${i}.${r}`), committee);
            await c.pushOnce();
          } else {
            await c.pullAll();
          }
          latencies.push(performance.now() - start);
        }
      }),
    ),
  );
  });
  latencies.sort((a, b) => a - b);
  console.log(`crowd of ${clients}: CPU ms per request: client ${cpu.clientMs.toFixed(2)}, server ${cpu.serverMs.toFixed(2)}, postgres ${sql ? cpu.postgresMs.toFixed(2) : 'in server (PGlite)'}`);
  return { latencies, wall, cpu };
}

/** The embedded default (PGlite, one transaction at a time): 20 concurrent clients. */
async function pgliteFigures(): Promise<Figure[]> {
  const db = await freshDatabase('pglite');
  const server = new ServerProcess(db.env);
  try {
    await adminCli(db.env, 'seed-demo');
    await server.start();
    const crowd = await crowdLatencies(server, PGLITE_CLIENTS, null, '');
    return [
      { name: 'server_p50_ms_20_clients_pglite', value: round(percentile(crowd.latencies, 50), 1), unit: 'ms' },
      { name: 'server_p99_ms_20_clients_pglite', value: round(percentile(crowd.latencies, 99), 1), unit: 'ms' },
    ];
  } finally {
    await server.kill();
    await db.drop();
  }
}

export async function runServerBenchmarks(): Promise<Figure[]> {
  return [...(await postgresFigures()), ...(await pgliteFigures())];
}

async function postgresFigures(): Promise<Figure[]> {
  if (!(await reachablePostgres())) {
    console.warn('server benchmarks skipped: PostgreSQL at 127.0.0.1:5432 (database test) is unreachable');
    return [];
  }
  const db = await freshDatabase('postgres');
  // The server's PostgreSQL backends carry the run's name, for their CPU figures.
  const applicationName = `tbt_bench_${process.pid}`;
  const server = new ServerProcess({ ...db.env, DATABASE_URL: `${db.env.DATABASE_URL}&application_name=${applicationName}`, DB_MAX_CONNECTIONS: '20' });
  const sql = new pg.Client({ connectionString: db.baseUrl! });
  try {
    await adminCli(db.env, 'seed-demo');
    await server.start();
    await sql.connect();
    const url = () => server.url;
    const figures: Figure[] = [];

    // Push: 1,000 finished comments from the outbox to acknowledgement.
    const reviewer = await loggedIn(url, 'reviewer');
    const committeeId = reviewer.user!.committees[0]!.id;
    const notifications = [...reviewer.notifications.keys()];
    const comments = Array.from({ length: PUSH_COUNT }, (_, i) => finishedComment(notifications[i % notifications.length]!, `bench ${i}`));
    comments.forEach((comment) => reviewer.put(comment, committeeId));
    const pushSeconds = await timed(async () => {
      while (reviewer.outbox.length) await reviewer.pushOnce({ max: 500 });
    });
    // The same rows, bare INSERTs in one transaction on the same database.
    await sql.query('CREATE TABLE bench_insert (id text PRIMARY KEY, notification_id text, committee_id text, author_id text, version int, withdrawn boolean, body jsonb)');
    const insertSeconds = await timed(async () => {
      await sql.query('BEGIN');
      for (const comment of comments) {
        await sql.query('INSERT INTO bench_insert VALUES ($1, $2, $3, $4, 1, false, $5)', [comment.id, comment.notificationId, committeeId, reviewer.user!.id, JSON.stringify(comment)]);
      }
      await sql.query('COMMIT');
    });
    figures.push({ name: 'push_1000_s', value: round(pushSeconds), unit: 's' }, { name: 'push_ratio_to_insert', value: round(pushSeconds / insertSeconds, 2), unit: 'x' });

    // Pull: 10,000 changes into a fresh client (the secretary receives every comment of the committee).
    for (let i = PUSH_COUNT; i < PULL_COUNT; i++) reviewer.put(finishedComment(notifications[i % notifications.length]!, `bench ${i}`), committeeId);
    while (reviewer.outbox.length) await reviewer.pushOnce({ max: 500 });
    const secretary = new SyncClient(url, 'secretary', DEMO_PASSWORD);
    await secretary.login();
    let pulled = 0;
    const pullSeconds = await timed(async () => {
      pulled = await secretary.pullAll(1000);
    });
    if (pulled < PULL_COUNT) throw new Error(`pulled ${pulled} changes, expected at least ${PULL_COUNT}`);
    const selectSeconds = await timed(() => sql.query('SELECT seq, kind, entity_id, committee_id, owner_id, data FROM changes ORDER BY seq'));
    figures.push({ name: 'pull_10000_s', value: round(pullSeconds), unit: 's' }, { name: 'pull_ratio_to_select', value: round(pullSeconds / selectSeconds, 2), unit: 'x' });

    // 100 concurrent clients, each alternating a one-comment push and a pull.
    const crowd = await crowdLatencies(server, CLIENTS, sql, applicationName);
    figures.push(
      { name: 'server_p50_ms_100_clients', value: round(percentile(crowd.latencies, 50), 1), unit: 'ms' },
      { name: 'server_p99_ms_100_clients', value: round(percentile(crowd.latencies, 99), 1), unit: 'ms' },
      { name: 'server_req_per_s_100_clients', value: round(crowd.latencies.length / crowd.wall, 0), unit: 'req/s' },
    );
    return figures;
  } finally {
    await sql.end().catch(() => {});
    await server.kill();
    await db.drop();
  }
}
