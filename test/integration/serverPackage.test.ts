// The server as an institute's IT installs it: the built package alone in an empty folder, its
// production dependencies from the npm registry (or cache), started with plain `node` on PGlite
// and on PostgreSQL.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPostgresSchema, postgresSkipReason, testPostgresUrl } from '../support/server/testDb';

const run = promisify(execFile);

/** Starts `node dist/main.mjs` in `dir`, waits for its ready line, asks /health, stops it. */
async function startAndCheckHealth(dir: string, env: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const child = spawn(process.execPath, ['dist/main.mjs'], { cwd: dir, env: { PATH: process.env.PATH!, HOME: process.env.HOME!, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const match = /listening at (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });
    const response = await fetch(`${url}/health`);
    return { status: response.status, body: await response.json() };
  } finally {
    // A server that already exited (it failed to start) has nothing left to stop.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

describe('the built server package', () => {
  let dir: string;
  beforeAll(async () => {
    await run('npm', ['run', 'build:server'], { timeout: 120_000 });
    dir = await mkdtemp(join(tmpdir(), 'tbt-server-install-'));
    await cp('server/package.json', join(dir, 'package.json'));
    await cp('server/dist', join(dir, 'dist'), { recursive: true });
    await cp('server/migrations', join(dir, 'migrations'), { recursive: true });
    await run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, timeout: 540_000 });
  }, 600_000);

  it('installs only its production dependencies: nothing of Electron, the renderer or the build tools', async () => {
    const installed = await readdir(join(dir, 'node_modules'));
    for (const absent of ['electron', 'tsx', 'vite', 'esbuild', 'react', 'typescript', 'vitest', 'playwright-core']) expect(installed, absent).not.toContain(absent);
    expect(installed).toEqual(expect.arrayContaining(['fastify', 'pg', 'pdf-lib', 'zod']));
    const { dependencies } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    expect(Object.keys(dependencies)).not.toContain('electron');
    // The bundle is plain JavaScript run by node: no TypeScript loader at run time.
    expect(existsSync(join(dir, 'dist/main.mjs'))).toBe(true);
    expect(await readFile(join(dir, 'dist/main.mjs'), 'utf8')).not.toMatch(/from ["']tsx/);
  });

  it('starts on PGlite in a data folder and answers /health', async () => {
    const health = await startAndCheckHealth(dir, { DATA_DIR: join(dir, 'data') });
    expect(health).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } });
  }, 180_000);

  it('the admin CLI of the package seeds the demo, twice without harm, and --help exits 0', async () => {
    const env = { ...process.env, DATA_DIR: join(dir, 'cli-data') };
    for (let i = 0; i < 2; i++) await run(process.execPath, ['dist/cli.mjs', 'seed-demo'], { cwd: dir, env, timeout: 300_000 });
    const help = await run(process.execPath, ['dist/cli.mjs', '--help'], { cwd: dir });
    expect(help.stdout).toContain('seed-demo');
  }, 600_000);

  it('starts on PostgreSQL and answers /health', async (context) => {
    const reason = await postgresSkipReason();
    if (reason) return context.skip(reason);
    const schema = await freshPostgresSchema((await testPostgresUrl())!);
    try {
      const health = await startAndCheckHealth(dir, { DATABASE_URL: schema.url });
      expect(health).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } });
    } finally {
      await schema.drop();
    }
  }, 180_000);
});
