// The embedded database (PGlite in DATA_DIR) is opened by one process at a time: PGlite has no
// locking of its own, and two processes on one folder silently lost each other's writes. An admin
// command while the server runs, or a second server, refuses with a message saying what to do; a
// server killed outright leaves no lock that blocks the next start.
import { afterEach, expect, it } from 'vitest';
import { ServerProcess } from '../../support/server/serverProcess';
import { adminCli, freshDatabase } from '../../support/server/fixtures';

const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.kill();
});

function started(env: Record<string, string>): ServerProcess {
  const server = new ServerProcess(env);
  servers.push(server);
  return server;
}

const seedDemo = (env: Record<string, string>) => adminCli(env, 'seed-demo');

it('an admin command and a second server refuse while the server has the folder, and nothing is lost', async () => {
  const { env } = await freshDatabase('pglite');
  const dataDir = { DATA_DIR: env.DATA_DIR! };
  await seedDemo(dataDir);
  const server = started(dataDir);
  await server.start();

  const refused = adminCli(dataDir, 'create-committee', 'TC-LIVE', 'Live committee');
  await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/in use by process \d+.*stop the server before running admin commands/s) });
  await expect(started(dataDir).start()).rejects.toThrow(/in use by process/);

  // Killed outright (no clean shutdown): the lock it left does not block what comes next.
  await server.kill();
  expect(JSON.parse(await adminCli(dataDir, 'create-committee', 'TC-LIVE', 'Live committee'))).toMatchObject({ id: expect.any(String) });
  const again = started(dataDir);
  await again.start();
  const health = await fetch(`${again.url}/health`);
  expect(health.status).toBe(200);
  await again.kill();
  // The committee made while no server ran is there.
  await expect(adminCli(dataDir, 'create-committee', 'TC-LIVE', 'Live committee')).rejects.toMatchObject({ stderr: expect.stringMatching(/committee_exists|exists/) });
});
