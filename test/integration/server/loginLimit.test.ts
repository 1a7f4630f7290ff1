// Login guessing: the limit holds under concurrency, backs off exponentially, and an outsider who
// knows a username cannot lock its owner out.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { describeOnEachDb, openTestDb, type TestDb } from '../../support/server/testDb';
import { buildWorld, PASSWORD } from '../../support/server/world';

await describeOnEachDb('the login limiter', (kind) => {
  let test: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await openTestDb(kind);
    await buildWorld(test.db);
    // A back-off far longer than the test, so that none expires while slow scrypt checks are in flight.
    app = await buildApp(test.db, configFromEnv({ LOGIN_FREE_FAILURES: '5', LOGIN_BACKOFF_SECONDS: '600' }), false);
  });
  afterAll(async () => {
    await app?.close();
    await test?.close();
  });

  const attempt = (username: string, password: string, address: string) =>
    app.inject({ method: 'POST', url: '/auth/login', remoteAddress: address, payload: { username, password } });

  it('50 concurrent wrong passwords get exactly 5 tries; the rest wait', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => attempt('reviewera', 'wrong-password', '198.51.100.1')));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    const refused = responses.find((r) => r.statusCode === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.json().error).toBe('too_many_attempts');
    // Even the right password waits from that address.
    expect((await attempt('reviewera', PASSWORD, '198.51.100.1')).statusCode).toBe(429);
  });

  it('the real user, from her own address, still logs in while the guesser waits', async () => {
    expect((await attempt('reviewera', PASSWORD, '192.0.2.50')).statusCode).toBe(200);
    expect((await attempt('reviewera', 'wrong-password', '198.51.100.1')).statusCode).toBe(429);
  });

  it('each failure past the free ones doubles the wait', async () => {
    const quick = await buildApp(test.db, configFromEnv({ LOGIN_FREE_FAILURES: '5', LOGIN_BACKOFF_SECONDS: '5', LOGIN_MAX_BACKOFF_SECONDS: '60' }), false);
    const address = '198.51.100.2';
    const attemptQuick = () => quick.inject({ method: 'POST', url: '/auth/login', remoteAddress: address, payload: { username: 'reviewerb', password: 'wrong' } });
    // The back-off each failure set, as stored (independent of how slowly this machine answers).
    const backoff = async () => {
      const [row] = await test.db.query<{ seconds: number }>('SELECT extract(epoch FROM blocked_until - last_at)::int AS seconds FROM login_throttle WHERE key = $1', [`user:reviewerb@${address}`]);
      return row?.seconds ?? null;
    };
    try {
      for (let i = 0; i < 5; i++) expect((await attemptQuick()).statusCode).toBe(401);
      expect(await backoff()).toBe(5);
      const first = await attemptQuick();
      expect(first.statusCode).toBe(429);
      expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(5);
      // Wait out the 5 s back-off, fail once more: now 10 s, then 20 s.
      await new Promise((r) => setTimeout(r, Number(first.headers['retry-after']) * 1000 + 300));
      expect((await attemptQuick()).statusCode).toBe(401);
      expect(await backoff()).toBe(10);
      const second = await attemptQuick();
      expect(second.statusCode).toBe(429);
      expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(10);
    } finally {
      await quick.close();
    }
  });

  it('one address guessing many usernames is limited too (ten times the per-username allowance)', async () => {
    const strict = await buildApp(test.db, configFromEnv({ LOGIN_FREE_FAILURES: '2', LOGIN_BACKOFF_SECONDS: '60' }), false);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) statuses.push((await strict.inject({ method: 'POST', url: '/auth/login', remoteAddress: '198.51.100.3', payload: { username: `nobody${i}`, password: 'wrong' } })).statusCode);
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429]);
    } finally {
      await strict.close();
    }
  }, 180_000);
});
