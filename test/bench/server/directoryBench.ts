// Institute scale on the local PostgreSQL: the admin imports 1,300 committees and 50,000 experts
// with the built admin CLI (what `npm run server:admin -- import-users` runs), and the secretary of
// a committee of 200 experts with 5,000 comments pulls everything into a fresh client.
import pg from 'pg';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SyncClient } from '../../support/server/syncClient';
import { ServerProcess } from '../../support/server/serverProcess';
import { adminCli, DEMO_PASSWORD, finishedComment, freshDatabase, reachablePostgres } from '../../support/server/fixtures';
import type { Figure } from './serverBench';

const COMMITTEES = 1300;
const USERS = 50_000;
const COMMITTEE_EXPERTS = 200;
const COMMENTS = 5000;
const run = promisify(execFile);
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

export async function runDirectoryBenchmarks(): Promise<Figure[]> {
  if (!(await reachablePostgres())) {
    console.warn('directory benchmarks skipped: PostgreSQL at 127.0.0.1:5432 (database test) is unreachable');
    return [];
  }
  await run('npm', ['run', 'build:server', '--silent']);
  const db = await freshDatabase('postgres');
  const server = new ServerProcess({ ...db.env, DB_MAX_CONNECTIONS: '10' });
  const sql = new pg.Client({ connectionString: db.baseUrl! });
  const cli = (...args: string[]) => run(process.execPath, ['server/dist/cli.mjs', ...args], { env: { ...process.env, ...db.env }, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  try {
    await adminCli(db.env, 'seed-demo');
    const dir = await mkdtemp(join(tmpdir(), 'tbt-directory-'));
    const committeesFile = join(dir, 'committees.csv');
    const usersFile = join(dir, 'users.csv');
    const code = (i: number) => `TC-${String(i + 1).padStart(4, '0')}`;
    await writeFile(committeesFile, 'code,name\n' + Array.from({ length: COMMITTEES }, (_, i) => `${code(i)},技术委员会 ${i + 1}`).join('\n') + '\n');
    // Each expert in one or two committees; the first 200 also in the demo secretary's TC-TOYS.
    const rows = Array.from({ length: USERS }, (_, i) => {
      const committees = [code(i % COMMITTEES), ...(i % 3 === 0 ? [code((i * 7) % COMMITTEES)] : []), ...(i < COMMITTEE_EXPERTS ? ['TC-TOYS'] : [])];
      return `expert${String(i).padStart(5, '0')},${SURNAMES[i % SURNAMES.length]}专家${i},${i % 50 === 0 ? 'secretary' : 'reviewer'},${[...new Set(committees)].join(';')}`;
    });
    await writeFile(usersFile, 'username,display name,role,committees\n' + rows.join('\n') + '\n');

    const figures: Figure[] = [];
    const committeesSeconds = await timed(() => cli('import-committees', committeesFile));
    const dryRunSeconds = await timed(() => cli('import-users', usersFile, '--dry-run'));
    const usersSeconds = await timed(() => cli('import-users', usersFile));
    await sql.connect();
    const [{ n }] = (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE username LIKE 'expert%'")).rows as [{ n: number }];
    if (n !== USERS) throw new Error(`imported ${n} users, expected ${USERS}`);
    figures.push(
      { name: 'admin_import_1300_committees_s', value: round(committeesSeconds), unit: 's' },
      { name: 'admin_import_50k_users_dry_run_s', value: round(dryRunSeconds), unit: 's' },
      { name: 'admin_import_50k_users_s', value: round(usersSeconds), unit: 's' },
    );

    // 5,000 finished comments in TC-TOYS (200 experts, the demo reviewer writing them), then the
    // secretary's first pull into an empty client.
    await server.start();
    const url = () => server.url;
    const reviewer = new SyncClient(url, 'reviewer', DEMO_PASSWORD);
    await reviewer.login();
    await reviewer.pullAll();
    const committeeId = reviewer.user!.committees.find((c) => c.code === 'TC-TOYS')!.id;
    const own = [...reviewer.notifications].filter(([, v]) => v.committeeId === committeeId).map(([id]) => id);
    for (let i = 0; i < COMMENTS; i++) reviewer.put(finishedComment(own[i % own.length]!, `directory bench ${i}`), committeeId);
    while (reviewer.outbox.length) await reviewer.pushOnce({ max: 500 });
    const [{ members }] = (await sql.query<{ members: number }>('SELECT count(*)::int AS members FROM committee_members WHERE committee_id = $1', [committeeId])).rows as [{ members: number }];
    if (members < COMMITTEE_EXPERTS) throw new Error(`TC-TOYS has ${members} members`);

    const secretary = new SyncClient(url, 'secretary', DEMO_PASSWORD);
    await secretary.login();
    let pulled = 0;
    const pullSeconds = await timed(async () => {
      pulled = await secretary.pullAll(1000);
    });
    if (secretary.comments.size < COMMENTS) throw new Error(`the secretary pulled ${secretary.comments.size} comments, expected ${COMMENTS}`);
    // The same rows straight from the database: what the secretary may see, in cursor order.
    const selectSeconds = await timed(() =>
      sql.query('SELECT seq, kind, entity_id, committee_id, owner_id, data FROM changes WHERE committee_id IS NULL OR committee_id = $1 ORDER BY seq', [committeeId]),
    );
    figures.push(
      { name: 'secretary_pull_200_experts_5000_comments_s', value: round(pullSeconds), unit: 's' },
      { name: 'secretary_pull_changes', value: pulled, unit: 'changes' },
      { name: 'secretary_pull_ratio_to_select', value: round(pullSeconds / selectSeconds, 2), unit: 'x' },
    );
    return figures;
  } finally {
    await sql.end().catch(() => {});
    await server.kill();
    await db.drop();
  }
}
