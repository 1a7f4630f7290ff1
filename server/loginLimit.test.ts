// Login guessing: the limit holds under concurrency, backs off exponentially, and an outsider who
// knows a username cannot lock its owner out.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { configFromEnv } from './config';
import { describeOnEachDb, openTestDb, type TestDb } from './testing/testDb';
import { buildWorld, PASSWORD } from './testing/world';

await describeOnEachDb('the login limiter', (kind) => {
  let test: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await openTestDb(kind);
    await buildWorld(test.db);
    app = await buildApp(test.db, configFromEnv({ LOGIN_FREE_FAILURES: '5', LOGIN_BACKOFF_SECONDS: '2', LOGIN_MAX_BACKOFF_SECONDS: '60' }), false);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await test?.close();
  }, 60_000);

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
  }, 120_000);

  it('the real user, from her own address, still logs in while the guesser waits', async () => {
    expect((await attempt('reviewera', PASSWORD, '192.0.2.50')).statusCode).toBe(200);
    expect((await attempt('reviewera', 'wrong-password', '198.51.100.1')).statusCode).toBe(429);
  }, 60_000);

  it('each failure past the free ones doubles the wait', async () => {
    const address = '198.51.100.2';
    for (let i = 0; i < 5; i++) expect((await attempt('reviewerb', 'wrong', address)).statusCode).toBe(401);
    const first = await attempt('reviewerb', 'wrong', address);
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(2);
    // Wait out the 2 s back-off, fail once more: now 4 s.
    await new Promise((r) => setTimeout(r, Number(first.headers['retry-after']) * 1000 + 200));
    expect((await attempt('reviewerb', 'wrong', address)).statusCode).toBe(401);
    const second = await attempt('reviewerb', 'wrong', address);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(2);
    expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(4);
  }, 60_000);

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
