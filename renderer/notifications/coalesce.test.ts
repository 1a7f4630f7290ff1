import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

/** A scheduler the test runs by hand: what the worker's event loop does between tasks. */
function manualScheduler() {
  const queue: (() => void)[] = [];
  return { schedule: (task: () => void) => void queue.push(task), runAll: () => queue.splice(0).forEach((task) => task()) };
}

describe('answering only the newest query', () => {
  it('answers the last of the keystrokes that arrived while busy, and none of the earlier ones', () => {
    const { schedule, runAll } = manualScheduler();
    let query = '';
    const answered: string[] = [];
    const request = coalesce(() => answered.push(query), schedule);
    for (const typed of ['b', 'ba', 'bat']) {
      query = typed;
      request();
    }
    runAll();
    expect(answered).toEqual(['bat']);
  });

  it('answers a query typed after the previous answer', () => {
    const { schedule, runAll } = manualScheduler();
    let query = '';
    const answered: string[] = [];
    const request = coalesce(() => answered.push(query), schedule);
    query = 'b';
    request();
    runAll();
    query = 'ba';
    request();
    runAll();
    expect(answered).toEqual(['b', 'ba']);
  });

  it('by default answers in a later task, after the requests already made', async () => {
    let query = '';
    const answered: string[] = [];
    await new Promise<void>((resolve) => {
      const request = coalesce(() => {
        answered.push(query);
        resolve();
      });
      query = '电';
      request();
      query = '电池';
      request();
    });
    expect(answered).toEqual(['电池']);
  });
});
