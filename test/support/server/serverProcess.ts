// Runs `server/main.ts` as a child process on loopback (for fault tests and benchmarks).
import { spawn, type ChildProcess } from 'node:child_process';

// The repository root: npm scripts and vitest run from there (the bench runner bundles this file elsewhere).
const ROOT = process.cwd();

export interface ServerEnv {
  DATABASE_URL?: string;
  DATA_DIR?: string;
  [key: string]: string | undefined;
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  url = '';

  /** The running server's process id (for CPU figures). */
  get pid(): number {
    return this.child!.pid!;
  }

  constructor(private readonly env: ServerEnv) {}

  /** Starts the server on a free port and waits until it listens. */
  async start(timeoutMs = 60_000): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...this.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    this.url = await new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), timeoutMs);
      let out = '';
      // LOG_LEVEL=warn hides pino's "listening" line, so the server's own readiness line is used.
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/i.exec(out);
        if (match) {
          clearTimeout(timer);
          resolvePromise(match[1]!);
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}: ${stderr}`));
      });
    });
  }

  /** SIGKILL: no graceful shutdown, as in a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  /** SIGTERM: graceful shutdown. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    this.child = null;
    return exited;
  }
}
