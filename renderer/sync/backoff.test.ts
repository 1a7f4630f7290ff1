import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, backoffDelay } from './backoff';

describe('retries wait longer after each failure, with jitter', () => {
  it('the wait doubles from one second and stops growing at five minutes', () => {
    const fixed = () => 1; // the top of each jitter range
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, fixed))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(backoffDelay(30, fixed)).toBe(BACKOFF_MAX_MS);
  });

  it('jitter spreads each wait over its upper half', () => {
    expect(backoffDelay(3, () => 0)).toBe(2000);
    expect(backoffDelay(3, () => 0.5)).toBe(3000);
    expect(backoffDelay(3, () => 0.999)).toBeLessThanOrEqual(4000);
  });
});
