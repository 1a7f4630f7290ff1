// No client input makes the server answer 500: a value the database cannot store (a NUL character,
// which PostgreSQL refuses in any text) in a path, a login or an admin's form is the request's
// fault, answered 400, and nothing is changed. And every method a route uses is allowed across
// origins, so the desktop app can call each route.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { describeOnEachDb, openTestDb, type TestDb } from '../../support/server/testDb';
import { buildWorld, sessionFor } from '../../support/server/world';
import { auth } from '../../support/server/harness';

await describeOnEachDb('client input the database refuses', (kind) => {
  let test: TestDb;
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    test = await openTestDb(kind);
    world = await buildWorld(test.db);
    app = await buildApp(test.db, configFromEnv({}), false);
    for (const who of ['admin', 'reviewerA', 'secretaryA'] as const) tokens[who] = await sessionFor(test.db, world.users[who]);
  });
  afterAll(async () => {
    await app?.close();
    await test?.close();
  });

  const counts = async () => (await test.db.query<{ committees: number; users: number }>('SELECT (SELECT count(*)::int FROM committees) AS committees, (SELECT count(*)::int FROM users) AS users'))[0];

  it('a NUL character anywhere is a 400 that says so, never a 500, and changes nothing', async () => {
    const before = await counts();
    const requests = [
      { method: 'POST' as const, url: '/auth/login', payload: { username: 'a\u0000', password: 'xxxxxxxx' } },
      { method: 'POST' as const, url: '/auth/activate', payload: { username: 'reviewera\u0000', code: 'ABCD-EFGH-IJKL-MNOP', password: 'a new long password' } },
      { method: 'GET' as const, url: '/documents/%00/content', headers: auth(tokens.reviewerA!) },
      { method: 'GET' as const, url: '/standards/%00/content', headers: auth(tokens.reviewerA!) },
      { method: 'GET' as const, url: '/committees/%00/members', headers: auth(tokens.secretaryA!) },
      { method: 'POST' as const, url: '/admin/committees', headers: auth(tokens.admin!), payload: { code: 'TC-\u0000', name: 'Nul' } },
      { method: 'POST' as const, url: '/admin/users', headers: auth(tokens.admin!), payload: { username: 'nul\u0000user', displayName: 'N', password: 'a long enough password', role: 'reviewer' } },
      { method: 'POST' as const, url: '/admin/committees/%00/members', headers: auth(tokens.admin!), payload: { userId: world.users.reviewerA } },
    ];
    for (const request of requests) {
      const response = await app.inject(request);
      expect.soft(response.statusCode, `${request.method} ${request.url}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect.soft(response.statusCode, `${request.method} ${request.url}: ${response.body}`).toBeLessThan(500);
    }
    expect(await counts()).toEqual(before);
    const login = await app.inject(requests[0]!);
    expect(login.json()).toMatchObject({ error: 'invalid_text', message: expect.stringMatching(/NUL/) });
  });

  it('the desktop app may call every method across origins: the scope editor saves with PUT', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: `/admin/committees/${world.committeeA}/scope`,
      headers: { origin: 'app://tbt', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBe('app://tbt');
    expect(String(preflight.headers['access-control-allow-methods']).split(/,\s*/)).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE']));
  });
});
