// The login limiter against a model, with fast-check: random sequences of attempts (two usernames,
// two addresses, right or wrong password) on the real SQL; after every step the limiter agrees
// with the model on who may try. The back-off is long, so no wait expires during a run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loginSucceeded, takeLoginAttempt } from '../../../server/auth/loginLimit';
import { openTestDb, type TestDb } from '../../support/server/testDb';

const CONFIG = { loginFreeFailures: 2, loginBackoffSeconds: 600, loginMaxBackoffSeconds: 3600 };
const USER_LIMIT = 2;
const ADDRESS_LIMIT = 20;

interface Model {
  user: Map<string, { failures: number; blocked: boolean }>;
  address: Map<string, { failures: number; blocked: boolean }>;
}

/** What the limiter should answer, and the model after the attempt. */
function step(model: Model, username: string, address: string, rightPassword: boolean): boolean {
  const a = model.address.get(address) ?? { failures: 0, blocked: false };
  model.address.set(address, a);
  if (a.blocked) return false;
  a.failures++;
  if (a.failures >= ADDRESS_LIMIT) a.blocked = true;
  const key = `${username}@${address}`;
  const u = model.user.get(key) ?? { failures: 0, blocked: false };
  model.user.set(key, u);
  if (u.blocked) return false;
  u.failures++;
  if (u.failures >= USER_LIMIT) u.blocked = true;
  if (rightPassword) {
    model.user.delete(key);
    a.failures = Math.max(0, a.failures - 1);
  }
  return true;
}

describe('the login limiter follows its model', () => {
  let test: TestDb;
  beforeAll(async () => {
    test = await openTestDb('pglite');
  });
  afterAll(async () => test?.close(), 60_000);

  it('random histories of attempts from two addresses on two usernames', async () => {
    const attempt = fc.record({ username: fc.constantFrom('li.wei', 'wang.fang'), address: fc.constantFrom('10.0.0.1', '10.0.0.2'), right: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: 1, maxLength: 60 }), async (attempts) => {
        await test.db.query('DELETE FROM login_throttle');
        const model: Model = { user: new Map(), address: new Map() };
        for (const { username, address, right } of attempts) {
          const expected = step(model, username, address, right);
          const actual = await takeLoginAttempt(test.db, CONFIG, username, address);
          expect(actual.allowed).toBe(expected);
          if (actual.allowed && right) await loginSucceeded(test.db, username, address);
        }
      }),
      { numRuns: 60 },
    );
  });
});
