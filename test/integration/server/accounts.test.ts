// The admin's tools for accounts that exist, as the people concerned see them: after a new
// activation code the old password and sessions stop and the code sets a new password; an account
// turned off can neither sign in nor use a session it had, and signs in again once turned on; a
// new role holds from the next request.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { reissueActivation, setAccountDisabled, updateAccount } from '../../../server/services/accounts';
import { describeOnEachDb, openTestDb, type TestDb } from '../../support/server/testDb';
import { buildWorld, login, PASSWORD } from '../../support/server/world';
import { auth } from '../../support/server/harness';

await describeOnEachDb('account tools', (kind) => {
  let test: TestDb;
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;

  beforeAll(async () => {
    test = await openTestDb(kind);
    world = await buildWorld(test.db);
    app = await buildApp(test.db, configFromEnv({}), false);
  });
  afterAll(async () => {
    await app?.close();
    await test?.close();
  });

  const signIn = (username: string, password = PASSWORD) => app.inject({ method: 'POST', url: '/auth/login', payload: { username, password } });
  const me = (token: string) => app.inject({ method: 'GET', url: '/me', headers: auth(token) });

  it('a new activation code ends the old password and sessions, and sets the password its holder chooses', async () => {
    const token = await login(app, 'reviewerA');
    const { code } = await test.db.transaction((tx) => reissueActivation(tx, world.users.admin, 'reviewera'));
    expect((await me(token)).statusCode).toBe(401);
    expect((await signIn('reviewera')).statusCode).toBe(401);
    const activated = await app.inject({ method: 'POST', url: '/auth/activate', payload: { username: 'reviewera', code: code.toLowerCase(), password: 'a brand new passphrase' } });
    expect(activated.statusCode).toBe(200);
    expect((await signIn('reviewera', 'a brand new passphrase')).statusCode).toBe(200);
    const again = await app.inject({ method: 'POST', url: '/auth/activate', payload: { username: 'reviewera', code, password: 'another passphrase!' } });
    expect(again.statusCode).toBe(401);
  });

  it('an account turned off cannot sign in, activate or use its session; turned on, it signs in again with its history', async () => {
    const token = await login(app, 'reviewerB');
    await test.db.transaction((tx) => setAccountDisabled(tx, world.users.admin, 'reviewerb', true));
    expect((await me(token)).statusCode).toBe(401);
    const refused = await signIn('reviewerb');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'account_disabled' });
    // A wrong password says no more than for anyone else.
    expect((await signIn('reviewerb', 'not the password')).json()).toMatchObject({ error: 'invalid_credentials' });
    const { code } = await test.db.transaction((tx) => reissueActivation(tx, world.users.admin, 'reviewerb'));
    expect((await app.inject({ method: 'POST', url: '/auth/activate', payload: { username: 'reviewerb', code, password: 'a brand new passphrase' } })).statusCode).toBe(401);

    await test.db.transaction((tx) => setAccountDisabled(tx, world.users.admin, 'reviewerb', false));
    expect((await app.inject({ method: 'POST', url: '/auth/activate', payload: { username: 'reviewerb', code, password: 'a brand new passphrase' } })).statusCode).toBe(200);
    const back = await signIn('reviewerb', 'a brand new passphrase');
    expect(back.statusCode).toBe(200);
    expect(back.json().user.committees.map((c: { code: string }) => c.code)).toEqual(['TC-B']);
  });

  it('a new role holds from the next request; a new name shows at the next sign-in', async () => {
    const token = await login(app, 'reviewerA2');
    await test.db.transaction((tx) => updateAccount(tx, world.users.admin, 'reviewera2', { role: 'secretary', displayName: '李秘书' }));
    expect((await me(token)).statusCode).toBe(401);
    const again = await signIn('reviewera2');
    expect(again.json().user).toMatchObject({ role: 'secretary', displayName: '李秘书' });
  });

  it('an unknown username is a clear 404 and changes nothing', async () => {
    await expect(test.db.transaction((tx) => setAccountDisabled(tx, world.users.admin, 'nobody', true))).rejects.toMatchObject({ statusCode: 404, code: 'no_such_user' });
    const [{ n }] = (await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'user.%' AND detail->>'username' = 'nobody'")) as [{ n: number }];
    expect(n).toBe(0);
  });
});
