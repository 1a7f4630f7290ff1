// The real sync server for browser tests: a process on loopback, seeded with the demo users
// (password DEMO_PASSWORD), on a fresh embedded database of its own.
import { expect } from 'vitest';
import { ServerProcess } from './serverProcess';
import { APP_ORIGIN } from '../../e2e/harness';
import { adminCli, DEMO_PASSWORD, freshDatabase } from './fixtures';
import type { LoginResponse } from '../../../shared/sync/protocol';

export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const db = await freshDatabase('pglite');
  await adminCli(db.env, 'seed-demo');
  // The browser tests serve the app from APP_ORIGIN: the server's CORS must let it call.
  const server = new ServerProcess({ ...db.env, CORS_ORIGINS: APP_ORIGIN });
  await server.start();
  return {
    url: server.url,
    async stop() {
      await server.kill();
      await db.drop();
    },
  };
}

/** Logs a demo user in through the API, as another computer would. */
export async function login(url: string, username: string): Promise<LoginResponse> {
  const response = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(response.status).toBe(200);
  return (await response.json()) as LoginResponse;
}
