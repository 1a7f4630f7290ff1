import { describe, expect, it } from 'vitest';
import { createCoalescingWriter, type SaveState } from './coalescingWriter';

/** A store whose writes finish only when the test says so. */
function manualStore() {
  const started: string[] = [];
  const finishers: Array<(ok: boolean) => void> = [];
  const store = (value: string) =>
    new Promise<void>((resolve, reject) => {
      started.push(value);
      finishers.push((ok) => (ok ? resolve() : reject(new Error('disk full'))));
    });
  const finishNext = async (ok = true) => {
    finishers.shift()!(ok);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { store, started, finishNext };
}

describe('coalescing writer', () => {
  it('writes the first change at once and, while it is in flight, keeps only the latest change', async () => {
    const { store, started, finishNext } = manualStore();
    const writer = createCoalescingWriter(store);
    writer.write('c1', 'a');
    expect(started).toEqual(['a']);
    writer.write('c1', 'ab');
    writer.write('c1', 'abc');
    expect(started).toEqual(['a']);
    expect(writer.state()).toBe('saving');
    await finishNext();
    expect(started).toEqual(['a', 'abc']);
    await finishNext();
    expect(writer.state()).toBe('saved');
  });

  it('keeps a pending change per key, so switching comments loses nothing', async () => {
    const { store, started, finishNext } = manualStore();
    const writer = createCoalescingWriter(store);
    writer.write('c1', 'one');
    writer.write('c1', 'one more');
    writer.write('c2', 'two');
    expect(started).toEqual(['one', 'two']);
    await finishNext();
    expect(started).toEqual(['one', 'two', 'one more']);
  });

  it('flush starts the pending write without waiting and resolves when all are stored', async () => {
    const { store, started, finishNext } = manualStore();
    const writer = createCoalescingWriter(store);
    const states: SaveState[] = [];
    writer.subscribe((s) => states.push(s));
    writer.write('c1', 'a');
    writer.write('c1', 'ab');
    let flushed = false;
    const flushing = writer.flush().then(() => (flushed = true));
    expect(started).toEqual(['a', 'ab']);
    await finishNext();
    expect(flushed).toBe(false);
    await finishNext();
    await flushing;
    expect(flushed).toBe(true);
    expect(states).toEqual(['saving', 'saved']);
  });

  it('reports a failed write until a later write succeeds', async () => {
    const { store, finishNext } = manualStore();
    const writer = createCoalescingWriter(store);
    const original = console.error;
    console.error = () => {};
    try {
      writer.write('c1', 'a');
      await finishNext(false);
      expect(writer.state()).toBe('error');
      writer.write('c1', 'ab');
      await finishNext();
      expect(writer.state()).toBe('saved');
    } finally {
      console.error = original;
    }
  });
});
