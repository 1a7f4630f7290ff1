// Every command the README gives a new user, run as written (twice where a second run is what a
// user does next), except those this machine cannot run, each skipped with its reason. A command
// added to the README without a line here fails the first test.
import { describe, expect, it, onTestFinished } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { xlsxFile } from '../support/sheets';

const README = readFileSync('README.md', 'utf8');

/** The shell lines of the README's ```sh blocks and its inline `npm run …` commands. */
function readmeCommands(): string[] {
  const blocks = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n'));
  const inline = [...README.matchAll(/`((?:npm run|bash) [^`]+)`/g)].map((m) => m[1]!);
  return [...new Set([...blocks, ...inline].map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean))];
}

const SKIPPED: Record<string, string> = {
  'npm install && npm start': 'downloads and launches Electron, whose binary cannot be downloaded on this machine',
  'npm install && npm test': 'the whole suite, which includes this test',
  'npm run bench': 'the full benchmark run takes most of an hour; its groups run with --only',
  'npm run dist': 'needs Electron’s distribution download',
  'bash .ci/run': 'CI itself: installs system packages, then runs the whole suite',
  'npm run server': 'run below as the last step of the seed-demo line, twice',
  'npm run server:admin -- <command>': 'a template; its commands are listed by --help, run below',
};

function committeesXlsx(): Promise<Buffer> {
  return xlsxFile('委员会', [['代码', '名称'], ['SAC/TC 28', '全国电器安全标准化技术委员会'], ['SAC/TC 253', '全国玩具标准化技术委员会']]);
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => (made ??= make());
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs `command` in a shell until `ready` matches its output (then stops it) or it exits. */
function runUntil(command: string, env: Record<string, string>, ready: RegExp | null, timeoutMs: number): Promise<{ code: number | null; output: string; match: RegExpExecArray | null; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const stop = async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    };
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command}: nothing after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      // A terminal that shows colours (CI's does) gets escape codes inside the URL vite prints.
      output += stripVTControlCharacters(chunk.toString());
      const match = ready?.exec(output) ?? null;
      if (match) {
        clearTimeout(timer);
        resolve({ code: null, output, match, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, match: null, stop });
    });
  });
}

describe('the README’s commands', () => {
  const commands = readmeCommands();

  it('each is either run below or skipped with a reason', () => {
    const known = new Set([...Object.keys(SKIPPED), ...RUN.map((r) => r.command)]);
    expect(commands.filter((c) => !known.has(c))).toEqual([]);
  });

  const RUN: { command: string; times: number; ready: RegExp | null; check: (r: { code: number | null; output: string; match: RegExpExecArray | null }) => Promise<void> | void; env?: () => Promise<Record<string, string>> }[] = [
    {
      command: 'npm run server:admin -- --help',
      times: 2,
      ready: null,
      check: ({ code, output }) => {
        expect(code).toBe(0);
        expect(output).toContain('seed-demo');
      },
    },
    {
      command: 'npm install && npm run server:admin -- seed-demo && npm run server',
      times: 2,
      ready: /listening at (http:\/\/\S+)/,
      // One data folder for both runs: the second run meets the first one's seeded database.
      env: once(async () => ({ PORT: '0', DATA_DIR: join(await mkdtemp(join(tmpdir(), 'tbt-readme-')), 'server-data') })),
      check: async ({ match }) => {
        const response = await fetch(`${match![1]}/health`);
        expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
      },
    },
    {
      command: 'npm run build:server',
      times: 2,
      ready: null,
      check: ({ code }) => {
        expect(code).toBe(0);
        expect(readFileSync('server/dist/main.mjs', 'utf8').length).toBeGreaterThan(1000);
      },
    },
    {
      // The README's example file, made here in the repository root (where npm runs scripts), removed after.
      command: 'npm run server:admin -- import-committees committees.xlsx',
      times: 2,
      ready: null,
      env: once(async () => {
        await writeFile('committees.xlsx', await committeesXlsx());
        onTestFinished(() => rm('committees.xlsx', { force: true }));
        return { DATA_DIR: join(await mkdtemp(join(tmpdir(), 'tbt-readme-')), 'server-data') };
      }),
      check: ({ code, output }) => {
        expect(code).toBe(0);
        expect(output).toMatch(/"created": [02],/);
      },
    },
    {
      command: 'npm run dev',
      times: 1,
      ready: /Local:\s+(http:\/\/\S+)/,
      check: async ({ match }) => {
        const response = await fetch(match![1]!);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('<div id="root">');
      },
    },
    {
      command: 'npm run build:renderer && npm run preview:web',
      times: 2,
      ready: /Local:\s+(http:\/\/\S+)/,
      env: async () => ({ PORT: String(await freePort()) }),
      check: async ({ match }) => {
        const response = await fetch(match![1]!);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('Content-Security-Policy');
      },
    },
  ];

  for (const { command, times, ready, check, env } of RUN) {
    it(`${command}${times > 1 ? ` (${times} runs in a row)` : ''}`, async () => {
      expect(commands).toContain(command);
      for (let i = 0; i < times; i++) {
        const result = await runUntil(command, (await env?.()) ?? {}, ready, 420_000);
        try {
          await check(result);
        } finally {
          await result.stop();
        }
      }
    }, 900_000);
  }

  // The commands not run here: each is still in the README (a stale entry fails) and says why, printed with the results.
  it('the commands not run here are still in the README, each with its reason', () => {
    expect(Object.keys(SKIPPED).filter((c) => !commands.includes(c))).toEqual([]);
    for (const [command, reason] of Object.entries(SKIPPED)) console.info(`not run here: ${command} — ${reason}`);
  });
});
