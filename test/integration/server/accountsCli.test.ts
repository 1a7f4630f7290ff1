// The admin manages accounts that exist from the command line: turns one off and on, gives it a
// new activation code, another role; a mistyped role is refused and changes nothing.
import { afterEach, expect, it } from 'vitest';
import { ServerProcess } from '../../support/server/serverProcess';
import { adminCli, DEMO_PASSWORD, freshDatabase } from '../../support/server/fixtures';

let server: ServerProcess | null = null;
afterEach(async () => {
  await server?.kill();
  server = null;
});

it('turns an account off and on, reissues its activation code and changes its role', async () => {
  const { env } = await freshDatabase('pglite');
  await adminCli(env, 'seed-demo');
  const cli = async (...args: string[]) => JSON.parse(await adminCli(env, ...args)) as Record<string, string>;
  const signIn = async (password = DEMO_PASSWORD) => {
    server = new ServerProcess(env);
    await server.start();
    const response = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'reviewer', password }) });
    const body = (await response.json()) as { error?: string; user?: { role: string } };
    await server.kill();
    server = null;
    return { status: response.status, body };
  };

  await cli('disable-user', 'reviewer');
  expect(await signIn()).toMatchObject({ status: 403, body: { error: 'account_disabled' } });
  await cli('enable-user', 'reviewer');
  expect((await signIn()).status).toBe(200);

  await expect(adminCli(env, 'set-role', 'reviewer', 'boss')).rejects.toMatchObject({ stderr: expect.stringContaining('Unknown role boss') });
  await cli('set-role', 'reviewer', 'secretary');
  expect(await signIn()).toMatchObject({ status: 200, body: { user: { role: 'secretary' } } });

  const { code } = await cli('reissue-activation', 'reviewer');
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
  expect((await signIn()).status).toBe(401);
  await expect(adminCli(env, 'disable-user', 'nobody')).rejects.toMatchObject({ stderr: expect.stringContaining('no_such_user') });
});
