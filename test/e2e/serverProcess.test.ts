// `npm run server` as a process: starts on an empty data folder, answers /health, stops gracefully
// on SIGTERM, and starts again on the same data with everything kept.
import { afterAll, describe, expect, it } from 'vitest';
import { ServerProcess } from '../support/server/serverProcess';
import { adminCli, DEMO_PASSWORD, freshDatabase } from '../support/server/fixtures';

describe('the server process on the embedded database', () => {
  const servers: ServerProcess[] = [];
  afterAll(async () => Promise.all(servers.map((s) => s.kill())));

  it('starts on a fresh folder, stops gracefully on SIGTERM, and keeps its data across a restart', async () => {
    const { env } = await freshDatabase('pglite');
    await adminCli(env, 'seed-demo');
    const server = new ServerProcess(env);
    servers.push(server);
    await server.start();
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok', db: 'ok' });
    expect(await server.stop()).toBe(0);

    await server.start();
    const login = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'secretary', password: DEMO_PASSWORD }) });
    expect(login.status).toBe(200);
    expect((await login.json()).user.role).toBe('secretary');
  });
});
